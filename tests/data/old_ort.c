/* A stand-in for an ONNX Runtime that is too old: it exports OrtGetApiBase and reports 1.20.0.
 * tests/nli.rs builds it with `cc -shared -fPIC` to check that gainsay refuses it clearly. */
#include <stddef.h>

typedef struct OrtApiBase {
    const void *(*GetApi)(unsigned int version);
    const char *(*GetVersionString)(void);
} OrtApiBase;

static const void *get_api(unsigned int version) { (void)version; return NULL; }
static const char *get_version(void) { return "1.20.0"; }
static const OrtApiBase base = { get_api, get_version };

const OrtApiBase *OrtGetApiBase(void) { return &base; }
