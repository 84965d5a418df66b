#ifndef CPNGBRIDGE_H
#define CPNGBRIDGE_H

#include <stddef.h>
#include <stdint.h>

/// A text chunk to write: a Latin-1 keyword (1-79 bytes) and its text. ASCII text goes into a
/// tEXt chunk; `utf8` non-zero writes an uncompressed iTXt chunk instead (tEXt must be Latin-1).
typedef struct {
    const char *key;
    const char *text;
    int utf8;
} pngbridge_text;

/// A decoded image: 8-bit samples, `channels` is 1 (gray) or 4 (RGBA), rows packed without padding.
/// `keys`/`texts` hold the image's tEXt/zTXt/iTXt chunks. Release with `pngbridge_image_free`.
typedef struct {
    uint32_t width;
    uint32_t height;
    int channels;
    uint8_t *pixels;
    int text_count;
    char **keys;
    char **texts;
} pngbridge_image;

/// Encodes 8-bit gray (channels 1) or RGBA (channels 4) pixels into a PNG held in memory.
/// Writes no tIME chunk, so equal inputs give equal bytes. `pixels_per_metre` (0 for none) becomes a
/// pHYs chunk. Returns 0 on success and sets `*output` (free with `pngbridge_free`); otherwise
/// returns -1 and writes a message into `error`. libpng's longjmp never leaves this function.
int pngbridge_encode(const uint8_t *pixels, uint32_t width, uint32_t height, int channels,
                     const pngbridge_text *texts, int text_count, uint32_t pixels_per_metre,
                     uint8_t **output, size_t *output_size, char *error, size_t error_capacity);

/// Decodes a PNG held in memory into 8-bit gray or RGBA (palette, 16-bit, gray+alpha and RGB are
/// converted). Returns 0 on success; -1 with a message in `error` on a corrupt or truncated file.
int pngbridge_decode(const uint8_t *data, size_t size, pngbridge_image *image,
                     char *error, size_t error_capacity);

void pngbridge_free(void *pointer);
void pngbridge_image_free(pngbridge_image *image);

#endif
