// libpng reports errors by longjmp. Swift frames must never be jumped over, so every libpng call
// lives in this file, between a setjmp and the return to Swift.
#include "CPNGBridge.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *message;
    size_t capacity;
} error_sink;

static void report_error(png_structp png, png_const_charp message) {
    error_sink *sink = (error_sink *)png_get_error_ptr(png);
    if (sink && sink->capacity > 0) {
        snprintf(sink->message, sink->capacity, "%s", message ? message : "unknown libpng error");
    }
    png_longjmp(png, 1);
}

static void ignore_warning(png_structp png, png_const_charp message) {
    (void)png;
    (void)message;
}

// ---- writing into a growing memory buffer ----

typedef struct {
    uint8_t *bytes;
    size_t size;
    size_t capacity;
} byte_buffer;

static void append_bytes(png_structp png, png_bytep data, size_t length) {
    byte_buffer *buffer = (byte_buffer *)png_get_io_ptr(png);
    if (buffer->size + length > buffer->capacity) {
        size_t capacity = buffer->capacity ? buffer->capacity : 65536;
        while (capacity < buffer->size + length) capacity *= 2;
        uint8_t *grown = realloc(buffer->bytes, capacity);
        if (!grown) png_error(png, "out of memory while encoding PNG");
        buffer->bytes = grown;
        buffer->capacity = capacity;
    }
    memcpy(buffer->bytes + buffer->size, data, length);
    buffer->size += length;
}

static void flush_nothing(png_structp png) { (void)png; }

int pngbridge_encode(const uint8_t *pixels, uint32_t width, uint32_t height, int channels,
                     const pngbridge_text *texts, int text_count, uint32_t pixels_per_metre,
                     uint8_t **output, size_t *output_size, char *error, size_t error_capacity) {
    error_sink sink = {error, error_capacity};
    if (channels != 1 && channels != 4) {
        snprintf(error, error_capacity, "unsupported channel count %d (1 or 4)", channels);
        return -1;
    }
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &sink, report_error, ignore_warning);
    if (!png) {
        snprintf(error, error_capacity, "libpng could not create a write struct");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    png_textp text_chunks = NULL;
    png_bytep *rows = NULL;
    byte_buffer buffer = {NULL, 0, 0};
    // Everything touched after setjmp and read after a longjmp is allocated before it.
    if (info) text_chunks = calloc(text_count > 0 ? (size_t)text_count : 1, sizeof(png_text));
    if (info && text_chunks) rows = malloc((height > 0 ? height : 1) * sizeof(png_bytep));
    if (!info || !text_chunks || !rows) {
        snprintf(error, error_capacity, "out of memory while encoding PNG");
        free(text_chunks);
        free(rows);
        png_destroy_write_struct(&png, info ? &info : NULL);
        return -1;
    }
    byte_buffer *volatile buffer_ref = &buffer;
    if (setjmp(png_jmpbuf(png))) {
        free(buffer_ref->bytes);
        free(text_chunks);
        free(rows);
        png_destroy_write_struct(&png, &info);
        return -1;
    }
    png_set_write_fn(png, &buffer, append_bytes, flush_nothing);
    // One fixed filter: charts are flat areas and thin strokes, where "Sub" compresses as well as
    // libpng's adaptive choice (figures measured 635 KB against 641 KB) without trying all five per row.
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_IHDR(png, info, width, height, 8, channels == 4 ? PNG_COLOR_TYPE_RGBA : PNG_COLOR_TYPE_GRAY,
                 PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (pixels_per_metre > 0) {
        png_set_pHYs(png, info, pixels_per_metre, pixels_per_metre, PNG_RESOLUTION_METER);
    }
    for (int i = 0; i < text_count; i++) {
        text_chunks[i].compression = texts[i].utf8 ? PNG_ITXT_COMPRESSION_NONE : PNG_TEXT_COMPRESSION_NONE;
        text_chunks[i].key = (png_charp)texts[i].key;
        text_chunks[i].text = (png_charp)texts[i].text;
    }
    if (text_count > 0) png_set_text(png, info, text_chunks, text_count);
    for (uint32_t y = 0; y < height; y++) {
        rows[y] = (png_bytep)(pixels + (size_t)y * width * (size_t)channels);
    }
    png_write_info(png, info);
    png_write_image(png, rows);
    png_write_end(png, NULL);
    png_destroy_write_struct(&png, &info);
    free(text_chunks);
    free(rows);
    *output = buffer.bytes;
    *output_size = buffer.size;
    return 0;
}

// ---- reading from memory ----

typedef struct {
    const uint8_t *bytes;
    size_t size;
    size_t offset;
} byte_source;

static void read_bytes(png_structp png, png_bytep data, size_t length) {
    byte_source *source = (byte_source *)png_get_io_ptr(png);
    if (length > source->size - source->offset) png_error(png, "truncated PNG: unexpected end of data");
    memcpy(data, source->bytes + source->offset, length);
    source->offset += length;
}

/// Images beyond this many pixels per side are refused before any allocation.
static const uint32_t max_side = 16384;
static const uint64_t max_pixels = 64u * 1024u * 1024u;

/// Walks the chunk headers and refuses a chunk that claims more bytes than the file holds. libpng
/// would otherwise try to allocate and read such a chunk (seconds spent on a 2 GB tEXt claim).
static int check_chunk_lengths(const uint8_t *data, size_t size, char *error, size_t error_capacity) {
    size_t offset = 8;
    while (offset + 8 <= size) {
        uint32_t length = (uint32_t)data[offset] << 24 | (uint32_t)data[offset + 1] << 16
                        | (uint32_t)data[offset + 2] << 8 | (uint32_t)data[offset + 3];
        if ((uint64_t)length + 12 > size - offset) {
            snprintf(error, error_capacity, "truncated or corrupt PNG: the chunk at byte %zu claims %u bytes, "
                     "only %zu follow its header", offset, length, size - offset - 8);
            return -1;
        }
        if (memcmp(data + offset + 4, "IEND", 4) == 0) return 0;
        offset += 12 + (size_t)length;
    }
    snprintf(error, error_capacity, "truncated PNG: the file ends before its IEND chunk");
    return -1;
}

int pngbridge_decode(const uint8_t *data, size_t size, pngbridge_image *image,
                     char *error, size_t error_capacity) {
    memset(image, 0, sizeof(*image));
    if (size < 8 || png_sig_cmp((png_const_bytep)data, 0, 8) != 0) {
        snprintf(error, error_capacity, "not a PNG file: the 8-byte signature is missing");
        return -1;
    }
    if (check_chunk_lengths(data, size, error, error_capacity) != 0) return -1;
    error_sink sink = {error, error_capacity};
    png_structp png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &sink, report_error, ignore_warning);
    if (!png) {
        snprintf(error, error_capacity, "libpng could not create a read struct");
        return -1;
    }
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_read_struct(&png, NULL, NULL);
        snprintf(error, error_capacity, "out of memory while decoding PNG");
        return -1;
    }
    byte_source source = {data, size, 0};
    pngbridge_image *volatile result = image;
    png_bytep *volatile rows = NULL;
    if (setjmp(png_jmpbuf(png))) {
        free(rows);
        pngbridge_image_free(result);
        png_destroy_read_struct(&png, &info, NULL);
        return -1;
    }
    png_set_read_fn(png, &source, read_bytes);
    png_set_user_limits(png, max_side, max_side);
    png_set_chunk_malloc_max(png, 64u * 1024u * 1024u);
    png_read_info(png, info);
    if ((uint64_t)png_get_image_width(png, info) * png_get_image_height(png, info) > max_pixels) {
        png_error(png, "image too large (more than 64 megapixels)");
    }

    int color_type = png_get_color_type(png, info);
    png_set_expand(png);  // palette → RGB, gray < 8 bits → 8 bits, tRNS → alpha
    png_set_strip_16(png);
    int gray = (color_type == PNG_COLOR_TYPE_GRAY) && !png_get_valid(png, info, PNG_INFO_tRNS);
    if (!gray) {
        if (color_type == PNG_COLOR_TYPE_GRAY || color_type == PNG_COLOR_TYPE_GRAY_ALPHA) {
            png_set_gray_to_rgb(png);
        }
        png_set_add_alpha(png, 0xff, PNG_FILLER_AFTER);
    }
    png_set_interlace_handling(png);
    png_read_update_info(png, info);

    result->width = png_get_image_width(png, info);
    result->height = png_get_image_height(png, info);
    result->channels = png_get_channels(png, info);
    if (result->channels != (gray ? 1 : 4) || png_get_bit_depth(png, info) != 8) {
        png_error(png, "unexpected pixel layout after conversion");
    }
    size_t row_bytes = png_get_rowbytes(png, info);
    result->pixels = malloc(row_bytes * result->height);
    rows = malloc(result->height * sizeof(png_bytep));
    if (!result->pixels || !rows) png_error(png, "out of memory while decoding PNG");
    for (uint32_t y = 0; y < result->height; y++) rows[y] = result->pixels + (size_t)y * row_bytes;
    png_read_image(png, rows);
    png_read_end(png, info);

    png_textp text_chunks = NULL;
    int count = png_get_text(png, info, &text_chunks, NULL);
    if (count > 0) {
        result->keys = calloc((size_t)count, sizeof(char *));
        result->texts = calloc((size_t)count, sizeof(char *));
        if (!result->keys || !result->texts) png_error(png, "out of memory while reading text chunks");
        for (int i = 0; i < count; i++) {
            result->keys[i] = strdup(text_chunks[i].key ? text_chunks[i].key : "");
            result->texts[i] = strdup(text_chunks[i].text ? text_chunks[i].text : "");
            result->text_count = i + 1;
        }
    }
    free(rows);
    png_destroy_read_struct(&png, &info, NULL);
    return 0;
}

void pngbridge_free(void *pointer) { free(pointer); }

void pngbridge_image_free(pngbridge_image *image) {
    if (!image) return;
    free(image->pixels);
    for (int i = 0; i < image->text_count; i++) {
        free(image->keys[i]);
        free(image->texts[i]);
    }
    free(image->keys);
    free(image->texts);
    memset(image, 0, sizeof(*image));
}
