//! gainsay
pub mod claims;
