//! Markdown rendering.
use super::Report;

/// Renders Markdown.
pub fn render_markdown(report: &Report) -> String {
    format!(
        "# gainsay report\n\n{} contradictions\n",
        report.contradictions.len()
    )
}
