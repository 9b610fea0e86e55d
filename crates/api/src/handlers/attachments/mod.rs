//! `/api/v1/attachments*`: files sent with messages. The type is taken from the file's first
//! bytes (never from its name or declared type); only PDF, PNG, JPEG and WebP are accepted.
//! Files live in `GLOKAL_DATA_DIR/media/attachments/<id>` (not served as static files) and are
//! downloaded only through `download_attachment`, as attachments with `nosniff`.

pub mod download_attachment;
pub mod upload_attachment;

use std::path::{Path, PathBuf};

use uuid::Uuid;

/// Largest attachment: 10 MiB.
pub const ATTACHMENT_MAX_BYTES: usize = 10 * 1024 * 1024;
/// Longest file name, in characters.
pub const FILE_NAME_MAX: usize = 200;
/// Unsent uploads a user may have made in 24 hours.
pub const UNSENT_UPLOADS_PER_DAY: u64 = 50;

/// The accepted file types.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileType {
    Pdf,
    Png,
    Jpeg,
    Webp,
}

impl FileType {
    pub const ALL: [FileType; 4] = [FileType::Pdf, FileType::Png, FileType::Jpeg, FileType::Webp];

    /// The content type it is stored and served with.
    pub fn mime(self) -> &'static str {
        match self {
            FileType::Pdf => "application/pdf",
            FileType::Png => "image/png",
            FileType::Jpeg => "image/jpeg",
            FileType::Webp => "image/webp",
        }
    }

    /// The usual file name extension.
    pub fn extension(self) -> &'static str {
        match self {
            FileType::Pdf => "pdf",
            FileType::Png => "png",
            FileType::Jpeg => "jpg",
            FileType::Webp => "webp",
        }
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            FileType::Pdf => &["pdf"],
            FileType::Png => &["png"],
            FileType::Jpeg => &["jpg", "jpeg", "jpe", "jfif"],
            FileType::Webp => &["webp"],
        }
    }

    /// The type whose magic bytes the content starts with.
    pub fn sniff(bytes: &[u8]) -> Option<FileType> {
        if bytes.starts_with(b"%PDF-") {
            Some(FileType::Pdf)
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            Some(FileType::Png)
        } else if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
            Some(FileType::Jpeg)
        } else if bytes.len() >= 12 && &bytes[0..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
            Some(FileType::Webp)
        } else {
            None
        }
    }

    /// The accepted type a content type (`image/jpg` too) or extension names.
    fn named_by_mime(mime: &str) -> Option<FileType> {
        match mime {
            "image/jpg" | "image/pjpeg" => Some(FileType::Jpeg),
            "application/x-pdf" => Some(FileType::Pdf),
            _ => FileType::ALL.into_iter().find(|t| t.mime() == mime),
        }
    }

    fn named_by_extension(extension: &str) -> Option<FileType> {
        FileType::ALL
            .into_iter()
            .find(|t| t.extensions().contains(&extension))
    }
}

/// Why an upload is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileCheck {
    /// Not one of the accepted types, and it does not claim to be (415).
    Unsupported,
    /// Claims to be an accepted type by its name or declared type, but the content is not
    /// that type (422).
    Mismatch,
}

/// The extension of a file name, lower-cased.
fn extension_of(name: &str) -> Option<String> {
    let (stem, extension) = name.rsplit_once('.')?;
    (!stem.is_empty() && !extension.is_empty()).then(|| extension.to_ascii_lowercase())
}

/// Checks an upload: the type comes from the bytes; a declared content type or a file name
/// extension that names an accepted type must name that very type.
pub fn check_file(
    bytes: &[u8],
    declared_mime: Option<&str>,
    name: Option<&str>,
) -> Result<FileType, FileCheck> {
    let by_mime = declared_mime.and_then(FileType::named_by_mime);
    let by_extension = name
        .and_then(extension_of)
        .and_then(|e| FileType::named_by_extension(&e));
    match FileType::sniff(bytes) {
        None if by_mime.is_some() || by_extension.is_some() => Err(FileCheck::Mismatch),
        None => Err(FileCheck::Unsupported),
        Some(actual) => {
            if by_mime.is_some_and(|t| t != actual) || by_extension.is_some_and(|t| t != actual) {
                Err(FileCheck::Mismatch)
            } else {
                Ok(actual)
            }
        }
    }
}

/// A safe display name: the last path segment, without control characters and quotes, at
/// most [`FILE_NAME_MAX`] characters, ending in an extension of the real type.
pub fn file_name(name: Option<&str>, file_type: FileType) -> String {
    let base = name
        .unwrap_or("")
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '"' | '<' | '>' | '|' | '*' | '?' | ':'))
        .collect::<String>();
    let base = base.trim().trim_matches('.').trim().to_owned();
    let base = if base.is_empty() {
        "attachment".to_owned()
    } else {
        base
    };
    let fits =
        extension_of(&base).is_some_and(|e| FileType::named_by_extension(&e) == Some(file_type));
    let suffix = if fits {
        String::new()
    } else {
        format!(".{}", file_type.extension())
    };
    let room = FILE_NAME_MAX.saturating_sub(suffix.chars().count());
    let mut out: String = if base.chars().count() > room {
        // Keep the (fitting) extension when shortening.
        match (fits, base.rsplit_once('.')) {
            (true, Some((stem, extension))) => {
                let stem: String = stem
                    .chars()
                    .take(room.saturating_sub(extension.chars().count() + 1))
                    .collect();
                format!("{stem}.{extension}")
            }
            _ => base.chars().take(room).collect(),
        }
    } else {
        base
    };
    out.push_str(&suffix);
    out
}

/// The attachment folder under the media directory.
pub fn attachment_dir(media_dir: &Path) -> PathBuf {
    media_dir.join("attachments")
}

/// Where an attachment's bytes are stored.
pub fn attachment_path(media_dir: &Path, id: Uuid) -> PathBuf {
    attachment_dir(media_dir).join(id.simple().to_string())
}

/// `Content-Disposition: attachment` with an ASCII fallback and the UTF-8 name (RFC 6266).
pub fn content_disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = name
        .bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect();
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PDF: &[u8] = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n";
    const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
    const JPEG: &[u8] = &[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, b'J', b'F', b'I', b'F'];
    const WEBP: &[u8] = b"RIFF\x24\0\0\0WEBPVP8 ";

    #[test]
    fn types_come_from_the_magic_bytes() {
        assert_eq!(FileType::sniff(PDF), Some(FileType::Pdf));
        assert_eq!(FileType::sniff(PNG), Some(FileType::Png));
        assert_eq!(FileType::sniff(JPEG), Some(FileType::Jpeg));
        assert_eq!(FileType::sniff(WEBP), Some(FileType::Webp));
        assert_eq!(FileType::sniff(b"GIF89a"), None);
        assert_eq!(
            FileType::sniff(b"<svg xmlns=\"http://www.w3.org/2000/svg\"/>"),
            None
        );
        assert_eq!(FileType::sniff(b"RIFF\0\0\0\0WAVE"), None);
        assert_eq!(FileType::sniff(b""), None);
    }

    #[test]
    fn declared_types_and_names_must_not_lie() {
        // Whatever is declared, a real PDF is a PDF.
        assert_eq!(
            check_file(PDF, Some("application/octet-stream"), None),
            Ok(FileType::Pdf)
        );
        assert_eq!(
            check_file(PDF, Some("application/pdf"), Some("Angebot.PDF")),
            Ok(FileType::Pdf)
        );
        assert_eq!(
            check_file(JPEG, Some("image/jpg"), Some("foto.jpeg")),
            Ok(FileType::Jpeg)
        );
        // A name or type of an accepted kind on other content is a fake.
        assert_eq!(
            check_file(b"<html><script>", Some("application/pdf"), None),
            Err(FileCheck::Mismatch)
        );
        assert_eq!(
            check_file(b"MZ\x90\0", None, Some("rechnung.pdf")),
            Err(FileCheck::Mismatch)
        );
        assert_eq!(
            check_file(PNG, Some("application/pdf"), None),
            Err(FileCheck::Mismatch)
        );
        assert_eq!(
            check_file(PNG, None, Some("scan.jpg")),
            Err(FileCheck::Mismatch)
        );
        // Other types that say so are unsupported.
        assert_eq!(
            check_file(b"PK\x03\x04", Some("application/zip"), Some("a.zip")),
            Err(FileCheck::Unsupported)
        );
        assert_eq!(
            check_file(b"GIF89a", Some("image/gif"), None),
            Err(FileCheck::Unsupported)
        );
    }

    #[test]
    fn file_names_are_safe_and_end_in_the_real_type() {
        assert_eq!(
            file_name(Some("Angebot 2026.pdf"), FileType::Pdf),
            "Angebot 2026.pdf"
        );
        assert_eq!(
            file_name(Some("C:\\Users\\x\\nabídka.pdf"), FileType::Pdf),
            "nabídka.pdf"
        );
        assert_eq!(
            file_name(Some("../../etc/passwd"), FileType::Pdf),
            "passwd.pdf"
        );
        assert_eq!(file_name(Some("run.exe"), FileType::Png), "run.exe.png");
        assert_eq!(file_name(None, FileType::Jpeg), "attachment.jpg");
        assert_eq!(file_name(Some("a\"b\n.pdf"), FileType::Pdf), "ab.pdf");
        let long = format!("{}.pdf", "x".repeat(400));
        let name = file_name(Some(&long), FileType::Pdf);
        assert_eq!(name.chars().count(), FILE_NAME_MAX);
        assert!(name.ends_with(".pdf"));
    }

    #[test]
    fn content_disposition_has_an_ascii_and_a_utf8_name() {
        assert_eq!(
            content_disposition("nabídka \"1\".pdf"),
            "attachment; filename=\"nab_dka _1_.pdf\"; filename*=UTF-8''nab%C3%ADdka%20%221%22.pdf"
        );
    }
}
