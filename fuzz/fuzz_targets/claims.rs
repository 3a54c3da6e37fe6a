//! `cargo +nightly fuzz run claims`: extraction on arbitrary UTF-8 never panics and keeps the
//! span invariants.
#![no_main]

use gainsay::claims::{extract_claims, sentences};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut prev = 0;
    for s in sentences(text) {
        assert!(prev <= s.start && s.start < s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        prev = s.end;
    }
    let mut prev = 0;
    for (i, c) in extract_claims(text).iter().enumerate() {
        assert_eq!(c.id, format!("c{}", i + 1));
        assert!(prev <= c.span.start && c.span.start < c.span.end && c.span.end <= text.len());
        assert_eq!(&text[c.span.start..c.span.end], c.text);
        assert!(c.span.start <= c.content_span.start && c.content_span.end <= c.span.end);
        assert_eq!(&text[c.content_span.start..c.content_span.end], c.content);
        if let Some(s) = &c.speaker {
            assert!(s.span.start <= s.span.end && s.span.end <= text.len());
            assert!(text.is_char_boundary(s.span.start) && text.is_char_boundary(s.span.end));
        }
        prev = c.span.end;
    }
});
