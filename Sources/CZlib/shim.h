// Debian's zlib (zlib1g-dev, which libvips-dev installs); only
// CasebookCore/Checking/Documents/Inflater.swift uses it, to read the parts of a DOCX or ODT file.
#include <zlib.h>
