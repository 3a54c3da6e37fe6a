//! Reading input documents: files or stdin, checked to be UTF-8 text.

use std::io::Read;
use std::path::Path;

use crate::error::{Error, Result};

/// Decodes `bytes` as UTF-8 text, refusing binary data and invalid UTF-8 with the byte offset.
///
/// Invalid UTF-8 is an error rather than a lossy decode: claim spans are byte offsets into the
/// input, and a replacement character would make them point at bytes the user never wrote.
pub fn decode(bytes: Vec<u8>, source_name: &str) -> Result<String> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Error::BinaryInput {
            source_name: source_name.to_string(),
            offset,
        });
    }
    String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
        source_name: source_name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })
}

/// Reads a file, or stdin for `-`, as UTF-8 text.
pub fn read_text(path: &Path) -> Result<String> {
    if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io("<stdin>", e))?;
        return decode(bytes, "<stdin>");
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    decode(bytes, &path.display().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_names_the_offset() {
        let err = decode(b"abc\xffdef".to_vec(), "x.txt").unwrap_err();
        assert!(matches!(err, Error::InvalidUtf8 { offset: 3, .. }), "{err}");
        assert!(err.to_string().contains("offset 3"));
    }

    #[test]
    fn nul_bytes_are_binary() {
        let err = decode(b"ab\0c".to_vec(), "x.bin").unwrap_err();
        assert!(matches!(err, Error::BinaryInput { offset: 2, .. }));
    }

    #[test]
    fn text_passes() {
        assert_eq!(decode("héllo".as_bytes().to_vec(), "x").unwrap(), "héllo");
    }
}
