//! Logo images: the bytes are sniffed (PNG, JPEG or WebP only — never SVG, which can carry
//! scripts), decoded with size limits, scaled to at most [`LOGO_MAX_SIDE`] pixels and
//! re-encoded as PNG, so nothing of the upload but its pixels is ever served.

use std::io::Cursor;
use std::path::{Path, PathBuf};

use image::imageops::FilterType;
use image::{ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// Largest accepted upload.
pub const LOGO_MAX_BYTES: usize = 2 * 1024 * 1024;
/// Longest side of a stored logo, in pixels.
pub const LOGO_MAX_SIDE: u32 = 512;
/// Largest decoded image accepted (width or height), against decompression bombs.
const DECODE_MAX_SIDE: u32 = 6000;

/// Why an upload is not a usable logo.
#[derive(Debug, PartialEq, Eq)]
pub enum LogoError {
    /// Not PNG, JPEG or WebP (or not an image at all).
    NotAnImage,
    /// An image, but too large in pixels or broken.
    Undecodable,
}

/// Checks, scales and re-encodes an uploaded logo; returns PNG bytes.
pub fn process_logo(bytes: &[u8]) -> Result<Vec<u8>, LogoError> {
    let format = image::guess_format(bytes).map_err(|_| LogoError::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP
    ) {
        return Err(LogoError::NotAnImage);
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(DECODE_MAX_SIDE);
    limits.max_image_height = Some(DECODE_MAX_SIDE);
    limits.max_alloc = Some(256 * 1024 * 1024);
    reader.limits(limits);
    let image = reader.decode().map_err(|_| LogoError::Undecodable)?;
    let image = if image.width() > LOGO_MAX_SIDE || image.height() > LOGO_MAX_SIDE {
        image.resize(LOGO_MAX_SIDE, LOGO_MAX_SIDE, FilterType::Lanczos3)
    } else {
        image
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| LogoError::Undecodable)?;
    Ok(png)
}

/// The logo folder under the media directory.
pub fn logo_dir(media_dir: &Path) -> PathBuf {
    media_dir.join("logos")
}

/// Deletes a stored logo file; a file already gone is fine.
pub async fn remove_logo(media_dir: &Path, file: &str) {
    let _ = tokio::fs::remove_file(logo_dir(media_dir).join(file)).await;
}

/// A content-addressed file name: a new logo gets a new URL, so it can be cached forever.
pub fn logo_file_name(organization: Uuid, png: &[u8]) -> String {
    let digest = Sha256::digest(png);
    let short: String = digest.iter().take(8).map(|b| format!("{b:02x}")).collect();
    format!("{organization}-{short}.png")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbaImage::from_pixel(width, height, image::Rgba([0, 90, 160, 255]));
        let mut out = Vec::new();
        image
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
            .unwrap();
        out
    }

    #[test]
    fn large_logos_are_scaled_keeping_the_aspect_ratio() {
        let out = process_logo(&png(1024, 256)).unwrap();
        let decoded = image::load_from_memory(&out).unwrap();
        assert_eq!((decoded.width(), decoded.height()), (512, 128));
    }

    #[test]
    fn svg_html_and_truncated_images_are_refused() {
        assert_eq!(
            process_logo(b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>"),
            Err(LogoError::NotAnImage)
        );
        assert_eq!(
            process_logo(b"<html><script>alert(1)</script></html>"),
            Err(LogoError::NotAnImage)
        );
        let mut broken = png(64, 64);
        broken.truncate(40);
        assert_eq!(process_logo(&broken), Err(LogoError::Undecodable));
        // GIF is an image, but not one of ours
        assert_eq!(
            process_logo(b"GIF89a\x01\x00\x01\x00\x00\x00\x00;"),
            Err(LogoError::NotAnImage)
        );
    }
}
