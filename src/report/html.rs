//! HTML rendering.
use super::Report;

/// Renders a self-contained HTML page.
pub fn render_html(report: &Report) -> String {
    format!(
        "<!doctype html><p>{} contradictions</p>",
        report.contradictions.len()
    )
}
