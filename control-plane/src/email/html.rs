//! The HTML part of a mail, made from its plain text: the same words, in
//! paragraphs, with links that can be tapped, under the clinic's name in
//! its colour, marked with the mail's language and direction. Everything
//! from the text is escaped; nothing is loaded from elsewhere (no images,
//! no tracking), and the styles are inline because mail programs drop
//! style sheets.

use fluent_bundle::FluentArgs;

use crate::l10n;
use crate::model::OrgSettings;

/// The colour of headings and links when the clinic has none of its own
/// (the patient pages' own, 6.1:1 against white).
const DEFAULT_COLOUR: &str = "#1f5fbf";

/// `body` with the clinic's contact line under it (when it has given a
/// telephone number or an address), in `language`.
pub(crate) fn with_contact(body: &str, language: &str, settings: &OrgSettings) -> String {
    let mut args = FluentArgs::new();
    let id = match (&settings.contact_phone, &settings.contact_email) {
        (Some(phone), Some(email)) => {
            args.set("phone", phone.as_str());
            args.set("email", email.as_str());
            "email-contact-phone-and-email"
        }
        (Some(phone), None) => {
            args.set("phone", phone.as_str());
            "email-contact-phone"
        }
        (None, Some(email)) => {
            args.set("email", email.as_str());
            "email-contact-email"
        }
        (None, None) => return body.to_owned(),
    };
    let line = l10n::catalogues().message(language, id, &args);
    format!("{}\n\n{line}\n", body.trim_end())
}

/// The HTML document of a mail whose plain text is `body`.
pub(crate) fn page(
    language: &str,
    clinic: &str,
    subject: &str,
    body: &str,
    settings: &OrgSettings,
) -> String {
    let colour = settings.brand_colour.as_deref().unwrap_or(DEFAULT_COLOUR);
    let dir = if l10n::right_to_left(language) {
        "rtl"
    } else {
        "ltr"
    };
    let mut out = String::with_capacity(body.len() * 2 + 1024);
    out.push_str(&format!(
        "<!doctype html>\n<html lang=\"{}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n</head>\n\
         <body style=\"margin:0;padding:0;background:#f3f4f6;\">\n\
         <div style=\"max-width:600px;margin:0 auto;padding:24px;background:#ffffff;color:#1b1b1f;\
         font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;font-size:16px;line-height:1.5;\">\n\
         <p style=\"margin:0 0 20px;font-size:20px;font-weight:bold;color:{colour};\">{}</p>\n",
        escape(language),
        escape(subject),
        escape(clinic),
    ));
    for paragraph in body.split("\n\n") {
        let lines: Vec<String> = paragraph
            .lines()
            .map(str::trim_end)
            .filter(|l| !l.trim().is_empty())
            .map(|l| linked(l, colour))
            .collect();
        if lines.is_empty() {
            continue;
        }
        out.push_str("<p style=\"margin:0 0 16px;\">");
        out.push_str(&lines.join("<br>\n"));
        out.push_str("</p>\n");
    }
    out.push_str("</div>\n</body>\n</html>\n");
    out
}

/// One line of text, escaped, with every `http(s)://` address in it a link.
fn linked(line: &str, colour: &str) -> String {
    let mut out = String::with_capacity(line.len() * 2);
    let mut rest = line;
    while let Some(at) = ["https://", "http://"]
        .iter()
        .filter_map(|scheme| rest.find(scheme))
        .min()
    {
        out.push_str(&escape(&rest[..at]));
        let end = rest[at..]
            .find(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '"'))
            .map_or(rest.len(), |e| at + e);
        // A sentence's full stop or closing bracket is not part of it.
        let url = rest[at..end].trim_end_matches(['.', ',', ';', ':', ')', '!', '?']);
        let end = at + url.len();
        out.push_str(&format!(
            "<a href=\"{0}\" style=\"color:{colour};word-break:break-all;\">{0}</a>",
            escape(url)
        ));
        rest = &rest[end..];
    }
    out.push_str(&escape(rest));
    out
}

fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_becomes_escaped_paragraphs_with_links() {
        let settings = OrgSettings::default();
        let html = page(
            "ar",
            "Kliniek <Noord> & Zuid",
            "Hi",
            "Hello <b>J.</b>,\n\nJoin here:\nhttps://x.example/c/AbC?a=1&b=\"2\".\n\n\n",
            &settings,
        );
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains("Kliniek &lt;Noord&gt; &amp; Zuid"), "{html}");
        assert!(
            html.contains("<p style=\"margin:0 0 16px;\">Hello &lt;b&gt;J.&lt;/b&gt;,</p>"),
            "{html}"
        );
        assert!(
            html.contains("Join here:<br>\n<a href=\"https://x.example/c/AbC?a=1&amp;b=\" style="),
            "the address ends at the quote: {html}"
        );
        assert!(!html.contains("<b>"), "{html}");
        assert_eq!(
            html.matches("<p style=\"margin:0 0 16px;\">").count(),
            2,
            "{html}"
        );
    }

    #[test]
    fn the_contact_line_follows_what_the_clinic_gave() {
        let mut settings = OrgSettings::default();
        assert_eq!(with_contact("Body\n", "en", &settings), "Body\n");
        settings.contact_phone = Some("+31 20 123 4567".into());
        assert_eq!(
            with_contact("Body\n", "en", &settings),
            "Body\n\nQuestions? Call +31 20 123 4567.\n"
        );
        settings.contact_email = Some("balie@kliniek.example".into());
        let dutch = with_contact("Body", "nl", &settings);
        assert!(
            dutch.contains("+31 20 123 4567")
                && dutch.contains("balie@kliniek.example")
                && !dutch.contains("Questions"),
            "{dutch}"
        );
    }
}
