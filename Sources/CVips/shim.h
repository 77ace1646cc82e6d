// Debian's libvips (libvips-dev); only CasebookCore/Images/ImageLibrary.swift uses it.
//
// libvips takes a call's options as a NULL-terminated list of name/value pairs, which Swift
// cannot pass: each wrapper below makes one call with the options Casebook uses, and nothing else.
#include <vips/vips.h>

/// Starts libvips once per process; 0 on success.
static inline int casebook_vips_start(void) {
    if (VIPS_INIT("casebook")) return -1;
    // Casebook keeps its own cache of finished images; libvips's cache of operations would only
    // hold every photo of a large site in memory.
    vips_cache_set_max(0);
    return 0;
}

/// Opens an image file, reading only its header until its pixels are asked for.
static inline VipsImage *casebook_vips_open_file(const char *path) {
    return vips_image_new_from_file(path, NULL);
}

/// Opens an image in memory; `all_frames` keeps every frame of an animation.
static inline VipsImage *casebook_vips_open_buffer(const void *bytes, size_t length, int all_frames) {
    if (all_frames) return vips_image_new_from_buffer(bytes, length, "", "n", -1, NULL);
    return vips_image_new_from_buffer(bytes, length, "", NULL);
}

/// The loader libvips chose for an image ("jpegload"), or NULL.
static inline const char *casebook_vips_loader(VipsImage *image) {
    const char *name = NULL;
    if (vips_image_get_typeof(image, "vips-loader") && !vips_image_get_string(image, "vips-loader", &name))
        return name;
    return NULL;
}

/// An image in memory scaled to exactly width x height (`crop` 0), or scaled to cover that box
/// and cropped to it around its most interesting part (`crop` 1). Turned upright by its
/// orientation tag, and into sRGB when it carries a colour profile.
static inline VipsImage *casebook_vips_thumbnail(const void *bytes, size_t length, int width, int height, int crop) {
    VipsImage *out = NULL;
    if (vips_thumbnail_buffer((void *)bytes, length, &out, width, "height", height,
            "size", crop ? VIPS_SIZE_BOTH : VIPS_SIZE_FORCE,
            "crop", crop ? VIPS_INTERESTING_ATTENTION : VIPS_INTERESTING_NONE, NULL))
        return NULL;
    return out;
}

/// The image turned upright by its orientation tag (which goes with the turn).
static inline VipsImage *casebook_vips_upright(VipsImage *in) {
    VipsImage *out = NULL;
    if (vips_autorot(in, &out, NULL)) return NULL;
    return out;
}

/// True when the image carries an ICC colour profile.
static inline int casebook_vips_has_profile(VipsImage *in) {
    return vips_image_get_typeof(in, VIPS_META_ICC_NAME) != 0;
}

/// The image converted from its embedded colour profile into sRGB.
static inline VipsImage *casebook_vips_to_srgb(VipsImage *in) {
    VipsImage *out = NULL;
    if (vips_icc_transform(in, &out, "srgb", "embedded", TRUE, "intent", VIPS_INTENT_PERCEPTUAL, NULL))
        return NULL;
    return out;
}

/// A copy of the image that keeps only what describes its pixels and frames (size, frame height,
/// frame delays, loop count) and drops every other metadata item: savers' `strip` option is
/// not enough on its own (Debian's 8.14 WebP saver writes EXIF and XMP despite it).
static inline VipsImage *casebook_vips_without_metadata(VipsImage *in) {
    static const char *const kept[] = {"page-height", "n-pages", "delay", "loop", "gif-delay", "gif-loop", NULL};
    VipsImage *out = NULL;
    if (vips_copy(in, &out, NULL)) return NULL;
    gchar **fields = vips_image_get_fields(out);
    for (int index = 0; fields[index]; index++) {
        int keep = 0;
        for (int k = 0; kept[k]; k++) keep = keep || !strcmp(fields[index], kept[k]);
        if (!keep) vips_image_remove(out, fields[index]);
    }
    g_strfreev(fields);
    return out;
}

/// Encodes an image in the format and with the options of `suffix` (".jpg[Q=82,strip]").
static inline int casebook_vips_save(VipsImage *in, const char *suffix, void **bytes, size_t *length) {
    return vips_image_write_to_buffer(in, suffix, bytes, length, NULL);
}
