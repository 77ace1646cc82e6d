// libvips, opened with dlopen the first time Casebook reads an image.
//
// Linked like any other library, libvips brings about 95 more shared libraries (X11, curl,
// HDF5, Kerberos…) into every run: the dynamic loader then spent some 0.1 G instructions and
// 20 MB before `main`, in every build, the no-op ones and those of sites without a single
// photo. Opened here instead, it costs only the builds that process images. Its own header
// still gives every function its type, so nothing of its interface is written out by hand.
#include "casebook_vips.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <vips/vips.h>
#include <vips/vector.h>

// Every libvips and GLib function called here, found in the library when it is opened.
#define CASEBOOK_VIPS_CALLS(X) \
    X(vips_init) \
    X(vips_cache_set_max) \
    X(vips_vector_set_enabled) \
    X(vips_vector_isenabled) \
    X(vips_version_string) \
    X(vips_image_new_from_file) \
    X(vips_image_new_from_buffer) \
    X(vips_image_get_width) \
    X(vips_image_get_height) \
    X(vips_image_get_orientation_swap) \
    X(vips_image_get_typeof) \
    X(vips_image_get_string) \
    X(vips_image_get_fields) \
    X(vips_image_remove) \
    X(vips_thumbnail_buffer) \
    X(vips_autorot) \
    X(vips_icc_transform) \
    X(vips_copy) \
    X(vips_image_write_to_buffer) \
    X(vips_error_buffer) \
    X(vips_error_clear) \
    X(g_object_unref) \
    X(g_strfreev) \
    X(g_free)

#define CASEBOOK_VIPS_POINTER(name) __typeof__(name) *name;
static struct {
    CASEBOOK_VIPS_CALLS(CASEBOOK_VIPS_POINTER)
} vips;

static char start_failure[512] = "libvips was not started";

int casebook_vips_start(void) {
    // The soname of the libvips whose header this file was compiled with ("libvips.so.42").
    char name[64];
    snprintf(name, sizeof name, "libvips.so.%d", VIPS_LIBRARY_CURRENT - VIPS_LIBRARY_AGE);
    void *library = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        snprintf(start_failure, sizeof start_failure, "cannot open %s: %s", name, dlerror());
        return -1;
    }
#define CASEBOOK_VIPS_FIND(function) \
    vips.function = (__typeof__(vips.function))dlsym(library, #function); \
    if (!vips.function) { \
        snprintf(start_failure, sizeof start_failure, "%s has no function %s", name, #function); \
        return -1; \
    }
    CASEBOOK_VIPS_CALLS(CASEBOOK_VIPS_FIND)
    if (vips.vips_init("casebook")) {
        snprintf(start_failure, sizeof start_failure, "libvips did not start: %s", vips.vips_error_buffer());
        return -1;
    }
    // Casebook keeps its own cache of finished images; libvips's cache of operations would only
    // hold every photo of a large site in memory.
    vips.vips_cache_set_max(0);
    // libvips 8.14 compiles some inner loops at run time with liborc, which has crashed under
    // concurrent use (a bad pointer inside liborc while two threads resized photos). Its plain C
    // loops give the same images; photos are few and small beside the rest of a build.
    vips.vips_vector_set_enabled(0);
    return 0;
}

const char *casebook_vips_start_failure(void) { return start_failure; }

const char *casebook_vips_version(void) { return vips.vips_version_string(); }

int casebook_vips_compiles_loops(void) { return vips.vips_vector_isenabled() != 0; }

CasebookImage *casebook_vips_open_file(const char *path) {
    return (CasebookImage *)vips.vips_image_new_from_file(path, NULL);
}

CasebookImage *casebook_vips_open_buffer(const void *bytes, size_t length, int all_frames) {
    if (all_frames) return (CasebookImage *)vips.vips_image_new_from_buffer(bytes, length, "", "n", -1, NULL);
    return (CasebookImage *)vips.vips_image_new_from_buffer(bytes, length, "", NULL);
}

void casebook_vips_release(CasebookImage *image) { vips.g_object_unref(image); }

int casebook_vips_width(CasebookImage *image) { return vips.vips_image_get_width((VipsImage *)image); }

int casebook_vips_height(CasebookImage *image) { return vips.vips_image_get_height((VipsImage *)image); }

int casebook_vips_orientation_swaps(CasebookImage *image) {
    return vips.vips_image_get_orientation_swap((VipsImage *)image) != 0;
}

const char *casebook_vips_loader(CasebookImage *image) {
    const char *name = NULL;
    if (vips.vips_image_get_typeof((VipsImage *)image, "vips-loader") &&
        !vips.vips_image_get_string((VipsImage *)image, "vips-loader", &name))
        return name;
    return NULL;
}

char **casebook_vips_metadata_names(CasebookImage *image) {
    return vips.vips_image_get_fields((VipsImage *)image);
}

void casebook_vips_free_names(char **names) { vips.g_strfreev(names); }

CasebookImage *casebook_vips_thumbnail(const void *bytes, size_t length, int width, int height, int crop) {
    VipsImage *out = NULL;
    if (vips.vips_thumbnail_buffer((void *)bytes, length, &out, width, "height", height,
            "size", crop ? VIPS_SIZE_BOTH : VIPS_SIZE_FORCE,
            "crop", crop ? VIPS_INTERESTING_ATTENTION : VIPS_INTERESTING_NONE, NULL))
        return NULL;
    return (CasebookImage *)out;
}

CasebookImage *casebook_vips_upright(CasebookImage *image) {
    VipsImage *out = NULL;
    if (vips.vips_autorot((VipsImage *)image, &out, NULL)) return NULL;
    return (CasebookImage *)out;
}

int casebook_vips_has_profile(CasebookImage *image) {
    return vips.vips_image_get_typeof((VipsImage *)image, VIPS_META_ICC_NAME) != 0;
}

CasebookImage *casebook_vips_to_srgb(CasebookImage *image) {
    VipsImage *out = NULL;
    if (vips.vips_icc_transform((VipsImage *)image, &out, "srgb", "embedded", TRUE, "intent",
            VIPS_INTENT_PERCEPTUAL, NULL))
        return NULL;
    return (CasebookImage *)out;
}

// Savers' `strip` option is not enough on its own (Debian's 8.14 WebP saver writes EXIF and XMP
// despite it): the copy keeps only what describes pixels and frames (size, frame height, frame
// delays, loop count) and drops every other metadata item.
CasebookImage *casebook_vips_without_metadata(CasebookImage *image) {
    static const char *const kept[] = {"page-height", "n-pages", "delay", "loop", "gif-delay", "gif-loop", NULL};
    VipsImage *out = NULL;
    if (vips.vips_copy((VipsImage *)image, &out, NULL)) return NULL;
    gchar **fields = vips.vips_image_get_fields(out);
    for (int index = 0; fields[index]; index++) {
        int keep = 0;
        for (int k = 0; kept[k]; k++) keep = keep || !strcmp(fields[index], kept[k]);
        if (!keep) vips.vips_image_remove(out, fields[index]);
    }
    vips.g_strfreev(fields);
    return (CasebookImage *)out;
}

int casebook_vips_save(CasebookImage *image, const char *suffix, void **bytes, size_t *length) {
    return vips.vips_image_write_to_buffer((VipsImage *)image, suffix, bytes, length, NULL);
}

void casebook_vips_free(void *bytes) { vips.g_free(bytes); }

const char *casebook_vips_error(void) { return vips.vips_error_buffer(); }

void casebook_vips_clear_error(void) { vips.vips_error_clear(); }
