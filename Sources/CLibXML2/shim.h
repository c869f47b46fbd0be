// The parts of libxml2 the HTML reader uses: its HTML parser and tree.
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
