//! Turning websocket text into a [`ClientMsg`], or into a typed error.

use anteroom_protocol::{CLIENT_MSG_TYPES, ClientMsg, ErrorCode, RequestId};
use serde::Deserialize;

/// Why a client message was refused, with the request id when one could be
/// read from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    pub request_id: Option<RequestId>,
    pub code: ErrorCode,
    /// Sent back to the client that sent the message; never logged, since it
    /// may quote the client's input.
    pub message: String,
}

/// What can be read from a message that did not parse as a whole.
#[derive(Deserialize)]
struct Head {
    #[serde(rename = "type")]
    kind: Option<String>,
    request_id: Option<RequestId>,
}

#[derive(Deserialize)]
struct TypeOnly {
    #[serde(rename = "type")]
    kind: Option<String>,
}

/// Parses one text message of at most `max_bytes` bytes.
pub fn parse_client_msg(text: &str, max_bytes: usize) -> Result<ClientMsg, ParseError> {
    if text.len() > max_bytes {
        return Err(ParseError {
            request_id: None,
            code: ErrorCode::MessageTooLarge,
            message: format!("messages are limited to {max_bytes} bytes"),
        });
    }
    let err = match serde_json::from_str::<ClientMsg>(text) {
        Ok(msg) => return Ok(msg),
        Err(err) => err,
    };
    let (kind, request_id) = match serde_json::from_str::<Head>(text) {
        Ok(head) => (head.kind, head.request_id),
        Err(_) => match serde_json::from_str::<TypeOnly>(text) {
            Ok(t) => (t.kind, None),
            Err(_) => {
                return Err(ParseError {
                    request_id: None,
                    code: ErrorCode::MalformedMessage,
                    message: "expected a JSON object with a \"type\" field".into(),
                });
            }
        },
    };
    match kind {
        Some(kind) if !CLIENT_MSG_TYPES.contains(&kind.as_str()) => Err(ParseError {
            request_id,
            code: ErrorCode::UnknownMessageType,
            message: "unknown message type".into(),
        }),
        None => Err(ParseError {
            request_id,
            code: ErrorCode::MalformedMessage,
            message: "missing \"type\" field".into(),
        }),
        Some(_) => Err(ParseError {
            request_id,
            code: ErrorCode::MalformedMessage,
            message: err.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> (Option<u64>, ErrorCode) {
        match parse_client_msg(text, 1024) {
            Ok(m) => panic!("parsed {m:?}"),
            Err(e) => (e.request_id.map(|r| r.0), e.code),
        }
    }

    #[test]
    fn valid_message_parses() {
        let msg = parse_client_msg(r#"{"type":"leave","request_id":4}"#, 1024);
        assert_eq!(
            msg,
            Ok(ClientMsg::Leave {
                request_id: RequestId(4)
            })
        );
    }

    #[test]
    fn a_language_that_is_not_a_code_is_refused_where_it_enters() {
        for text in [
            r#"{"type":"set_spoken_language","request_id":4,"participant":"p1","language":"Dutch"}"#,
            r#"{"type":"set_spoken_language","request_id":4,"participant":"p1","language":""}"#,
            r#"{"type":"set_captions","request_id":4,"on":true,"language":"NL"}"#,
        ] {
            assert_eq!(code(text), (Some(4), ErrorCode::MalformedMessage), "{text}");
        }
        assert!(
            parse_client_msg(
                r#"{"type":"set_captions","request_id":4,"on":true,"language":"nl"}"#,
                1024
            )
            .is_ok()
        );
    }

    #[test]
    fn typed_errors() {
        assert_eq!(code("not json"), (None, ErrorCode::MalformedMessage));
        assert_eq!(code("[1,2]"), (None, ErrorCode::MalformedMessage));
        assert_eq!(
            code(r#"{"request_id":1}"#),
            (Some(1), ErrorCode::MalformedMessage)
        );
        assert_eq!(
            code(r#"{"type":"dance","request_id":2}"#),
            (Some(2), ErrorCode::UnknownMessageType)
        );
        assert_eq!(
            code(r#"{"type":"offer","request_id":3}"#),
            (Some(3), ErrorCode::MalformedMessage)
        );
        assert_eq!(
            code(r#"{"type":"offer","request_id":"x","sdp":"v=0"}"#),
            (None, ErrorCode::MalformedMessage)
        );
        assert_eq!(
            code(r#"{"type":"leave","request_id":5,"extra":true}"#),
            (Some(5), ErrorCode::MalformedMessage)
        );
        assert_eq!(
            code(
                r#"{"type":"join","request_id":6,"protocol_version":1,"room":"a b","display_name":"x"}"#
            ),
            (Some(6), ErrorCode::MalformedMessage)
        );
        assert_eq!(code(&"x".repeat(1025)), (None, ErrorCode::MessageTooLarge));
    }
}
