//! Translating captions into the language a viewer reads: a trait, and an
//! implementation for a LibreTranslate-compatible service that the clinic
//! runs (`POST {url}/translate` with `q`, `source`, `target`, `format`,
//! `api_key`; the answer's `translatedText`). Nothing is sent anywhere
//! unless the operator configures such a service.

use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

/// Why a translation failed; the viewer then gets the words as spoken.
#[derive(Debug, thiserror::Error)]
pub enum TranslateError {
    #[error("translation service: {0}")]
    Service(String),
}

/// What translates a final caption segment.
pub trait Translator: Send + Sync + std::fmt::Debug {
    fn translate<'a>(
        &'a self,
        text: &'a str,
        from: &'a str,
        to: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<String, TranslateError>> + Send + 'a>>;
}

/// A LibreTranslate-compatible HTTP service.
#[derive(Debug)]
pub struct LibreTranslate {
    client: reqwest::Client,
    endpoint: String,
    api_key: Option<String>,
}

impl LibreTranslate {
    /// `url` is the service's base (`http://translate.internal:5000`).
    pub fn new(url: &str, api_key: Option<String>) -> Result<Self, TranslateError> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .map_err(|e| TranslateError::Service(e.to_string()))?;
        Ok(Self {
            client,
            endpoint: format!("{}/translate", url.trim_end_matches('/')),
            api_key,
        })
    }
}

#[derive(serde::Serialize)]
struct Request<'a> {
    q: &'a str,
    source: &'a str,
    target: &'a str,
    format: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    api_key: Option<&'a str>,
}

#[derive(serde::Deserialize)]
struct Response {
    #[serde(rename = "translatedText")]
    translated_text: String,
}

impl Translator for LibreTranslate {
    fn translate<'a>(
        &'a self,
        text: &'a str,
        from: &'a str,
        to: &'a str,
    ) -> Pin<Box<dyn Future<Output = Result<String, TranslateError>> + Send + 'a>> {
        Box::pin(async move {
            let body = Request {
                q: text,
                source: from,
                target: to,
                format: "text",
                api_key: self.api_key.as_deref(),
            };
            let response = self
                .client
                .post(&self.endpoint)
                .json(&body)
                .send()
                .await
                .map_err(|e| TranslateError::Service(e.without_url().to_string()))?;
            if !response.status().is_success() {
                return Err(TranslateError::Service(format!(
                    "answered {}",
                    response.status()
                )));
            }
            let answer: Response = response.json().await.map_err(|e| {
                TranslateError::Service(format!("unreadable answer: {}", e.without_url()))
            })?;
            Ok(answer.translated_text)
        })
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use axum::routing::post;
    use axum::{Json, Router};

    use super::*;

    /// A stand-in for a LibreTranslate service on loopback: checks the
    /// request as LibreTranslate reads it and answers as it does.
    async fn service() -> String {
        async fn translate(
            Json(body): Json<serde_json::Value>,
        ) -> (axum::http::StatusCode, String) {
            let field = |k: &str| body[k].as_str().unwrap_or_default().to_owned();
            match (
                field("source").as_str(),
                field("target").as_str(),
                field("format").as_str(),
                field("api_key").as_str(),
            ) {
                ("en", "nl", "text", "k3y") => (
                    axum::http::StatusCode::OK,
                    serde_json::json!({ "translatedText": format!("NL: {}", field("q")) })
                        .to_string(),
                ),
                ("en", "zz", _, _) => (axum::http::StatusCode::OK, "not json".into()),
                _ => (
                    axum::http::StatusCode::BAD_REQUEST,
                    r#"{"error":"unsupported"}"#.into(),
                ),
            }
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            axum::serve(listener, Router::new().route("/translate", post(translate))).await
        });
        format!("http://{addr}/")
    }

    #[tokio::test]
    async fn libretranslate_is_asked_as_it_expects_and_its_failures_are_errors() {
        let url = service().await;
        let with_key = LibreTranslate::new(&url, Some("k3y".into())).unwrap();
        assert_eq!(
            with_key
                .translate("My chest hurts.", "en", "nl")
                .await
                .unwrap(),
            "NL: My chest hurts."
        );
        assert!(
            matches!(with_key.translate("x", "en", "de").await, Err(TranslateError::Service(e)) if e.contains("400"))
        );
        assert!(
            matches!(with_key.translate("x", "en", "zz").await, Err(TranslateError::Service(e)) if e.contains("unreadable"))
        );
        let without_key = LibreTranslate::new(&url, None).unwrap();
        assert!(without_key.translate("x", "en", "nl").await.is_err());
        // Nobody listening.
        let nobody = LibreTranslate::new("http://127.0.0.1:9", None).unwrap();
        assert!(nobody.translate("x", "en", "nl").await.is_err());
    }
}
