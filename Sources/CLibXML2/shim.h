// The parts of libxml2 the HTML reader uses: its HTML parser and tree.
//
// Debian builds libxml2 with ICU, so <libxml/encoding.h> pulls in the system's
// <unicode/ucnv.h>; in a Swift module that clashes with Foundation's bundled ICU
// (`_FoundationICU`: "enum UErrorCode is not present in definition …") depending on build
// order. The reader never touches the ICU converter fields (the last members of
// xmlCharEncodingHandler, only ever used through pointers), so the ICU part is switched off.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
