//! Plain-text rendering (placeholder until the report renderers land).
use super::Report;

/// Renders a readable summary.
pub fn render_text(report: &Report, _colour: bool) -> String {
    format!("{} contradictions\n", report.contradictions.len())
}
