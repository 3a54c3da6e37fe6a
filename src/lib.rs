//! # gainsay — find where texts disagree
//!
//! gainsay splits news text into claims, labels each claim's stance toward a target with an ONNX
//! NLI (natural language inference) model, and pairs up statements that contradict each other.
//!
//! The pipeline, one module per stage:
//! [`ingest`] (bytes → text) → [`claims`] (sentences, speakers, spans) → [`nli`] (pair scoring) →
//! stance and contradictions → reports.
//!
//! ```no_run
//! use gainsay::nli::{OnnxScorer, Pair, Scorer, ScorerOptions};
//!
//! # fn main() -> gainsay::Result<()> {
//! let scorer = OnnxScorer::from_name("minilm-l6-nli", ScorerOptions::default())?;
//! let probs = scorer.score(&[Pair::new(
//!     "There is a rift between Rubio and Witkoff.",
//!     "There is no rift between the two.",
//! )])?;
//! assert!(probs[0].contradiction > 0.5);
//! # Ok(())
//! # }
//! ```

pub mod analyze;
pub mod batch;
pub mod bench;
pub mod claims;
mod error;
pub mod eval;
pub mod ingest;
pub mod model;
pub mod nli;
pub mod relate;
pub mod report;
pub mod runtime;

pub use error::{Error, Result};
