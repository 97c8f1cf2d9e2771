//! Texts with `*|name|*` placeholders (waiting-area texts, emails): a text
//! is checked against the placeholders its use knows when it is saved, and
//! filled in when it is shown.

/// Whether every `*|...|*` in `body` names one of `known`.
pub fn only_known(body: &str, known: &[&str]) -> bool {
    let mut rest = body;
    while let Some(start) = rest.find("*|") {
        let after = &rest[start + 2..];
        let Some(end) = after.find("|*") else {
            return true;
        };
        if !known.contains(&&after[..end]) {
            return false;
        }
        rest = &after[end + 2..];
    }
    true
}

/// `body` with each `*|name|*` replaced by its value. Values are inserted
/// as they are; a caller producing HTML escapes them first.
pub fn render(body: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(body.len());
    let mut rest = body;
    while let Some(start) = rest.find("*|") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 2..];
        match after.find("|*").and_then(|end| {
            values
                .iter()
                .find(|(k, _)| *k == &after[..end])
                .map(|(_, v)| (end, v))
        }) {
            Some((end, value)) => {
                out.push_str(value);
                rest = &after[end + 2..];
            }
            None => {
                out.push_str("*|");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_checked_and_filled() {
        let known = ["clinic", "time"];
        assert!(only_known(
            "Welcome to *|clinic|*, your time is *|time|*.",
            &known
        ));
        assert!(!only_known("Hello *|client_name|*", &known));
        assert!(only_known("no placeholders; a stray *| is text", &known));
        assert_eq!(
            render(
                "*|clinic|* at *|time|* *|other|* *|",
                &[("clinic", "Kliniek"), ("time", "09:30")]
            ),
            "Kliniek at 09:30 *|other|* *|"
        );
        // A value that looks like a placeholder is not expanded again.
        assert_eq!(
            render("*|clinic|*", &[("clinic", "*|time|*"), ("time", "x")]),
            "*|time|*"
        );
    }
}
