// Debian's libvips (libvips-dev), behind the few calls Casebook makes; only
// CasebookCore/Images/ImageLibrary.swift uses them.
//
// libvips is opened the first time an image is read (vips.c says why), so this header names no
// libvips type: an image is an opaque handle, and every option is given by the call.
#ifndef CASEBOOK_VIPS_H
#define CASEBOOK_VIPS_H

#include <stddef.h>

/// A libvips image (a VipsImage), held by its reference.
typedef struct CasebookImage CasebookImage;

/// Opens and starts libvips once per process; 0 on success. Not thread-safe: call it once,
/// before any other function here.
int casebook_vips_start(void);
/// Why `casebook_vips_start` failed.
const char *casebook_vips_start_failure(void);
/// The version of libvips ("8.14.1").
const char *casebook_vips_version(void);
/// Whether libvips compiles inner loops at run time (liborc); Casebook turns it off at start.
int casebook_vips_compiles_loops(void);

/// Opens an image file, reading only its header until its pixels are asked for.
CasebookImage *casebook_vips_open_file(const char *path);
/// Opens an image in memory; `all_frames` keeps every frame of an animation.
CasebookImage *casebook_vips_open_buffer(const void *bytes, size_t length, int all_frames);
/// Lets an image go.
void casebook_vips_release(CasebookImage *image);

/// The width and height of the stored pixels, and whether the orientation tag swaps them.
int casebook_vips_width(CasebookImage *image);
int casebook_vips_height(CasebookImage *image);
int casebook_vips_orientation_swaps(CasebookImage *image);
/// The loader libvips chose for an image ("jpegload"), or NULL.
const char *casebook_vips_loader(CasebookImage *image);
/// The names of the image's metadata items, NULL-terminated; free with casebook_vips_free_names.
char **casebook_vips_metadata_names(CasebookImage *image);
void casebook_vips_free_names(char **names);

/// An image in memory scaled to exactly width x height (`crop` 0), or scaled to cover that box
/// and cropped to it around its most interesting part (`crop` 1). Turned upright by its
/// orientation tag, and into sRGB when it carries a colour profile.
CasebookImage *casebook_vips_thumbnail(const void *bytes, size_t length, int width, int height, int crop);
/// The image turned upright by its orientation tag (which goes with the turn).
CasebookImage *casebook_vips_upright(CasebookImage *image);
/// True when the image carries an ICC colour profile.
int casebook_vips_has_profile(CasebookImage *image);
/// The image converted from its embedded colour profile into sRGB.
CasebookImage *casebook_vips_to_srgb(CasebookImage *image);
/// A copy of the image that keeps only what describes its pixels and frames.
CasebookImage *casebook_vips_without_metadata(CasebookImage *image);
/// Encodes an image in the format and with the options of `suffix` (".jpg[Q=82,strip]");
/// 0 on success, the bytes then to be freed with casebook_vips_free.
int casebook_vips_save(CasebookImage *image, const char *suffix, void **bytes, size_t *length);
void casebook_vips_free(void *bytes);

/// libvips's last messages (one buffer for the process), and clearing them.
const char *casebook_vips_error(void);
void casebook_vips_clear_error(void);

#endif
