//! A small typesetter for the documents the control plane hands out as PDF
//! (a patient's questionnaire answers): paragraphs of text in one of two
//! weights, wrapped to A4 pages, with images and page footers.
//!
//! Text is shaped by rustybuzz (so Arabic letters join and marks sit
//! where they belong) and ordered by the Unicode bidirectional algorithm
//! (unicode-bidi): a paragraph whose first strong letter is right-to-left
//! is set right-aligned, and every run on a line is placed in visual
//! order, so "٣ أقراص Paracetamol 500 mg" reads as it does in a browser.
//! krilla writes the file, embedding subsets of the DejaVu fonts (which
//! cover every shipped language) with the text kept extractable.

use std::ops::Range;

use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect, Size, Transform};
use krilla::image::Image;
use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use unicode_bidi::{BidiInfo, Level};

static REGULAR: &[u8] = include_bytes!("../fonts/DejaVuSans.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/DejaVuSans-Bold.ttf");

/// A4, in points.
const PAGE: (f32, f32) = (595.28, 841.89);
const MARGIN: f32 = 56.0;
/// Room kept at the bottom of each page for its footer.
const FOOTER: f32 = 28.0;
/// Images are shown at 96 dots per inch, at most this tall.
const IMAGE_MAX_HEIGHT: f32 = 320.0;

/// Why a document could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    #[error("a shipped font could not be read")]
    Font,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// How a paragraph looks.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Style {
    pub size: f32,
    pub bold: bool,
    /// Grey instead of black (notes, "not answered").
    pub muted: bool,
    /// Extra space before the paragraph, in points.
    pub space_before: f32,
    /// Inset from the start side (left, or right for right-to-left text).
    pub indent: f32,
    /// Right-to-left (`Some(true)`) or left-to-right; `None`: as its first
    /// strong letter says, else as the document goes.
    pub rtl: Option<bool>,
}

impl Style {
    pub const BODY: Style = Style {
        size: 10.5,
        bold: false,
        muted: false,
        space_before: 4.0,
        indent: 0.0,
        rtl: None,
    };
}

/// One thing on the page, in order.
#[derive(Debug, Clone)]
pub enum Item {
    Text(String, Style),
    /// An image (PNG, JPEG or WebP) and its description, shown under it.
    Image {
        content_type: String,
        bytes: Vec<u8>,
        description: String,
    },
    /// A thin line across the page.
    Rule,
}

/// The two weights, each as the shaper and the writer read it.
struct Fonts {
    regular: (rustybuzz::Face<'static>, Font),
    bold: (rustybuzz::Face<'static>, Font),
}

impl Fonts {
    fn load() -> Result<Fonts, PdfError> {
        let one = |data: &'static [u8]| -> Result<_, PdfError> {
            Ok((
                rustybuzz::Face::from_slice(data, 0).ok_or(PdfError::Font)?,
                Font::new(krilla::Data::from(data), 0).ok_or(PdfError::Font)?,
            ))
        };
        Ok(Fonts {
            regular: one(REGULAR)?,
            bold: one(BOLD)?,
        })
    }

    fn get(&self, bold: bool) -> &(rustybuzz::Face<'static>, Font) {
        if bold { &self.bold } else { &self.regular }
    }
}

/// `text` shaped in one direction: glyphs in visual order, advances in
/// ems, each with the bytes of `text` it stands for.
fn shape(face: &rustybuzz::Face<'_>, text: &str, rtl: bool) -> Vec<KrillaGlyph> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if rtl {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let output = rustybuzz::shape(face, &[], buffer);
    let em = face.units_per_em() as f32;
    // A cluster runs from its start to the next cluster's start in the
    // text, whichever order the glyphs are in.
    let mut starts: Vec<usize> = output
        .glyph_infos()
        .iter()
        .map(|i| i.cluster as usize)
        .collect();
    starts.sort_unstable();
    starts.dedup();
    let end_of = |start: usize| -> usize {
        match starts.binary_search(&start) {
            Ok(i) => starts.get(i + 1).copied().unwrap_or(text.len()),
            Err(_) => text.len(),
        }
    };
    output
        .glyph_infos()
        .iter()
        .zip(output.glyph_positions())
        .map(|(info, pos)| {
            let start = info.cluster as usize;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                pos.x_advance as f32 / em,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end_of(start),
                None,
            )
        })
        .collect()
}

fn advance(glyphs: &[KrillaGlyph]) -> f32 {
    glyphs.iter().map(|g| g.x_advance).sum()
}

/// One run of a line: a piece of its text in one direction.
struct Run {
    text: String,
    glyphs: Vec<KrillaGlyph>,
    /// Its width, in points.
    width: f32,
}

/// A line set and ready to draw.
struct Line {
    runs: Vec<Run>,
    width: f32,
    rtl: bool,
    style: Style,
}

/// What goes on a page, positioned: the baseline (or an image's top).
enum Placed {
    Line(Line, f32),
    Image(Image, Size, f32),
    Rule(f32),
}

/// Splits `line` (one line of a paragraph whose base direction is `base`)
/// into its runs, in visual order, shaped.
fn runs(fonts: &Fonts, line: &str, base: Level, style: Style) -> Vec<Run> {
    let face = &fonts.get(style.bold).0;
    let info = BidiInfo::new(line, Some(base));
    let Some(paragraph) = info.paragraphs.first() else {
        return Vec::new();
    };
    let (levels, visual) = info.visual_runs(paragraph, paragraph.range.clone());
    visual
        .into_iter()
        .map(|range: Range<usize>| {
            let rtl = levels[range.start].is_rtl();
            let text = line[range].to_owned();
            let glyphs = shape(face, &text, rtl);
            let width = advance(&glyphs) * style.size;
            Run {
                text,
                glyphs,
                width,
            }
        })
        .collect()
}

/// Breaks paragraph `text` into lines no wider than `width` points: at
/// spaces, and inside a word only when it alone is wider.
fn wrap(fonts: &Fonts, text: &str, style: Style, width: f32) -> Vec<String> {
    let face = &fonts.get(style.bold).0;
    let measure = |s: &str| advance(&shape(face, s, false)) * style.size;
    let space = measure(" ");
    let mut lines = Vec::new();
    for hard in text.split('\n') {
        let mut line = String::new();
        let mut used = 0.0;
        for word in hard.split(' ').filter(|w| !w.is_empty()) {
            let w = measure(word);
            if !line.is_empty() && used + space + w <= width {
                line.push(' ');
                line.push_str(word);
                used += space + w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if w <= width {
                line.push_str(word);
                used = w;
                continue;
            }
            // A word longer than the line (an address, a long number; or a
            // patient's 10,000 letters without a space): broken between
            // its clusters, shaped once (measuring each prefix would cost
            // the square of its length).
            let mut start = 0;
            let mut piece_width = 0.0;
            for glyph in shape(face, word, false) {
                let advance = glyph.x_advance * style.size;
                let at = glyph.text_range.start;
                if piece_width + advance > width && at > start {
                    lines.push(word[start..at].to_owned());
                    start = at;
                    piece_width = 0.0;
                }
                piece_width += advance;
            }
            used = piece_width;
            line = word[start..].to_owned();
        }
        lines.push(line);
    }
    lines
}

fn image(content_type: &str, bytes: Vec<u8>) -> Option<Image> {
    let data = krilla::Data::from(bytes);
    match content_type {
        "image/png" => Image::from_png(data, true).ok(),
        "image/jpeg" => Image::from_jpeg(data, true).ok(),
        "image/webp" => Image::from_webp(data, true).ok(),
        _ => None,
    }
}

/// The direction of paragraph `text`: the style's, else its first strong
/// letter's, else the document's (`rtl`).
fn base_level(text: &str, style: Style, rtl: bool) -> Level {
    let rtl = style
        .rtl
        .unwrap_or(match unicode_bidi::get_base_direction(text) {
            unicode_bidi::Direction::Rtl => true,
            unicode_bidi::Direction::Ltr => false,
            unicode_bidi::Direction::Mixed => rtl,
        });
    if rtl { Level::rtl() } else { Level::ltr() }
}

/// Whether `text` is set right to left (its first strong letter is).
pub fn is_rtl(text: &str) -> bool {
    unicode_bidi::get_base_direction(text) == unicode_bidi::Direction::Rtl
}

/// Pages being filled, top to bottom.
struct Pages<'f> {
    fonts: &'f Fonts,
    /// The document goes right to left.
    rtl: bool,
    pages: Vec<Vec<Placed>>,
    /// Where the next thing goes on the last page.
    y: f32,
}

impl Pages<'_> {
    const CONTENT: f32 = PAGE.0 - 2.0 * MARGIN;
    const BOTTOM: f32 = PAGE.1 - MARGIN - FOOTER;

    /// Room for `height` more on this page, else a new page.
    fn room(&mut self, height: f32) {
        if self.y + height > Self::BOTTOM {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn place(&mut self, placed: Placed) {
        if let Some(page) = self.pages.last_mut() {
            page.push(placed);
        }
    }

    /// A paragraph, wrapped, its lines breaking across pages.
    fn paragraph(&mut self, text: &str, style: Style) {
        let base = base_level(text, style, self.rtl);
        let leading = style.size * 1.35;
        self.y += style.space_before;
        for line in wrap(self.fonts, text, style, Self::CONTENT - style.indent) {
            self.room(leading);
            let runs = runs(self.fonts, &line, base, style);
            let width = runs.iter().map(|r| r.width).sum();
            self.y += leading;
            let baseline = self.y - leading * 0.25;
            self.place(Placed::Line(
                Line {
                    runs,
                    width,
                    rtl: base.is_rtl(),
                    style,
                },
                baseline,
            ));
        }
    }

    /// An image at 96 dots per inch (smaller to fit), then its
    /// description under it (alone when the image cannot be drawn).
    fn image(&mut self, content_type: &str, bytes: Vec<u8>, description: &str) {
        let caption = Style {
            size: 8.5,
            muted: true,
            space_before: 2.0,
            ..Style::BODY
        };
        let picture = image(content_type, bytes).and_then(|picture| {
            let (w, h) = picture.size();
            let (w, h) = (w as f32 * 0.75, h as f32 * 0.75);
            let scale = (Self::CONTENT / w).min(IMAGE_MAX_HEIGHT / h).min(1.0);
            Size::from_wh(w * scale, h * scale).map(|size| (picture, size))
        });
        if let Some((picture, size)) = picture {
            self.y += 6.0;
            self.room(size.height());
            self.place(Placed::Image(picture, size, self.y));
            self.y += size.height();
        }
        self.paragraph(description, caption);
    }

    fn rule(&mut self) {
        self.y += 8.0;
        self.room(0.0);
        self.place(Placed::Rule(self.y));
        self.y += 4.0;
    }
}

/// Lays `items` out on pages; a document that goes right to left (`rtl`)
/// sets text without letters (numbers, dates) from the right.
fn layout(fonts: &Fonts, items: Vec<Item>, rtl: bool) -> Vec<Vec<Placed>> {
    let mut pages = Pages {
        fonts,
        rtl,
        pages: vec![Vec::new()],
        y: MARGIN,
    };
    for item in items {
        match item {
            Item::Text(text, style) => pages.paragraph(&text, style),
            Item::Image {
                content_type,
                bytes,
                description,
            } => pages.image(&content_type, bytes, &description),
            Item::Rule => pages.rule(),
        }
    }
    pages.pages
}

fn fill(muted: bool) -> Fill {
    let (r, g, b) = if muted { (96, 96, 96) } else { (0, 0, 0) };
    Fill {
        paint: rgb::Color::new(r, g, b).into(),
        ..Fill::default()
    }
}

fn draw_line(surface: &mut Surface<'_>, fonts: &Fonts, line: &Line, baseline: f32) {
    let font = &fonts.get(line.style.bold).1;
    let inner = PAGE.0 - 2.0 * MARGIN - line.style.indent;
    let mut x = if line.rtl {
        MARGIN + inner - line.width
    } else {
        MARGIN + line.style.indent
    };
    surface.set_fill(Some(fill(line.style.muted)));
    for run in &line.runs {
        surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &run.glyphs,
            font.clone(),
            &run.text,
            line.style.size,
            false,
        );
        x += run.width;
    }
}

/// `items` as a PDF titled `title` in `language` (`rtl`: a language
/// written right to left), each page's footer made by `footer(page,
/// pages)` (from 1).
pub fn render(
    title: &str,
    language: &str,
    rtl: bool,
    items: Vec<Item>,
    footer: impl Fn(usize, usize) -> String,
) -> Result<Vec<u8>, PdfError> {
    let fonts = Fonts::load()?;
    let pages = layout(&fonts, items, rtl);
    let count = pages.len();
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(title.to_owned())
            .language(language.to_owned())
            .creator("anteroom".to_owned()),
    );
    let settings = PageSettings::from_wh(PAGE.0, PAGE.1).ok_or(PdfError::Font)?;
    for (n, placed) in pages.into_iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for thing in placed {
            match thing {
                Placed::Line(line, baseline) => draw_line(&mut surface, &fonts, &line, baseline),
                Placed::Image(picture, size, top) => {
                    let left = MARGIN;
                    surface.push_transform(&Transform::from_translate(left, top));
                    surface.draw_image(picture, size);
                    surface.pop();
                }
                Placed::Rule(y) => {
                    let mut path = PathBuilder::new();
                    if let Some(rect) = Rect::from_xywh(MARGIN, y, PAGE.0 - 2.0 * MARGIN, 0.6) {
                        path.push_rect(rect);
                    }
                    if let Some(path) = path.finish() {
                        surface.set_fill(Some(fill(true)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        let note = footer(n + 1, count);
        let style = Style {
            size: 8.0,
            muted: true,
            ..Style::BODY
        };
        let base = base_level(&note, style, rtl);
        for (i, line) in wrap(&fonts, &note, style, PAGE.0 - 2.0 * MARGIN)
            .iter()
            .take(2)
            .enumerate()
        {
            let runs = runs(&fonts, line, base, style);
            let width = runs.iter().map(|r| r.width).sum();
            draw_line(
                &mut surface,
                &fonts,
                &Line {
                    runs,
                    width,
                    rtl: base.is_rtl(),
                    style,
                },
                PAGE.1 - MARGIN + 10.0 * i as f32,
            );
        }
        surface.finish();
        page.finish();
    }
    document
        .finish()
        .map_err(|e| PdfError::Write(format!("{e:?}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_join_and_runs_keep_their_direction() {
        let fonts = Fonts::load().unwrap();
        let face = &fonts.regular.0;
        // Each letter alone is its isolated form; in a word, its joining
        // forms: other glyphs.
        let word = "محمد";
        let joined: Vec<u32> = shape(face, word, true)
            .iter()
            .map(|g| g.glyph_id.to_u32())
            .collect();
        let mut alone: Vec<u32> = word
            .chars()
            .map(|c| shape(face, &c.to_string(), true)[0].glyph_id.to_u32())
            .collect();
        alone.reverse();
        assert_eq!(joined.len(), alone.len());
        assert_ne!(joined, alone, "the letters were shaped, not set one by one");
        // Lam and alef make one ligature.
        assert_eq!(shape(face, "سلام", true).len(), 3);
        // A right-to-left line with a number and a Latin unit, in visual
        // order as a browser shows it ("mg 500 خذ"): the Arabic on the
        // right, the digits of 500 left to right.
        let line = "خذ 500 mg";
        let runs = runs(&fonts, line, Level::rtl(), Style::BODY);
        let texts: Vec<&str> = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(texts, ["mg", " ", "500", "خذ "]);
        let digits: Vec<u32> = runs[2].glyphs.iter().map(|g| g.glyph_id.to_u32()).collect();
        let five = shape(face, "5", false)[0].glyph_id.to_u32();
        assert_eq!(digits[0], five, "500 reads left to right");
    }

    #[test]
    fn long_text_wraps_within_the_page_and_breaks_long_words() {
        let fonts = Fonts::load().unwrap();
        let content = PAGE.0 - 2.0 * MARGIN;
        // (And a patient's longest answer as one word: quickly.)
        let text = format!(
            "{} {} {}",
            "woord ".repeat(200),
            "x".repeat(400),
            "é".repeat(10_000)
        );
        let lines = wrap(&fonts, &text, Style::BODY, content);
        assert!(lines.len() > 5);
        let squeezed = |s: &str| s.replace(' ', "");
        assert_eq!(squeezed(&lines.concat()), squeezed(&text), "no letter lost");
        for line in &lines {
            let width: f32 = runs(&fonts, line, Level::ltr(), Style::BODY)
                .iter()
                .map(|r| r.width)
                .sum();
            assert!(width <= content + 0.01, "{width} > {content}");
        }
    }

    #[test]
    fn an_image_that_cannot_be_drawn_leaves_its_description() {
        let fonts = Fonts::load().unwrap();
        let pages = layout(
            &fonts,
            vec![Item::Image {
                content_type: "image/png".into(),
                bytes: b"not a png".to_vec(),
                description: "A body map".into(),
            }],
            false,
        );
        let lines: Vec<String> = pages[0]
            .iter()
            .filter_map(|p| match p {
                Placed::Line(line, _) => Some(line.runs.iter().map(|r| r.text.as_str()).collect()),
                _ => None,
            })
            .collect();
        assert_eq!(lines, ["A body map"]);
    }

    #[test]
    fn a_long_document_takes_several_pages() {
        let fonts = Fonts::load().unwrap();
        let items: Vec<Item> = (0..300)
            .map(|i| {
                Item::Text(
                    format!("Regel {i}: één twee drie — اختبار {i}"),
                    Style::BODY,
                )
            })
            .collect();
        assert!(layout(&fonts, items.clone(), false).len() >= 5);
        let pdf = render("Test", "nl", false, items, |p, n| format!("{p} / {n}")).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
    }
}
