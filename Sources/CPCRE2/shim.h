#ifndef CPCRE2_SHIM_H
#define CPCRE2_SHIM_H
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/* The option bits and codes Swift uses, as constants (the macros are not all importable). */
static const uint32_t cpcre2_utf = PCRE2_UTF;
static const uint32_t cpcre2_match_invalid_utf = PCRE2_MATCH_INVALID_UTF;
static const uint32_t cpcre2_caseless = PCRE2_CASELESS;
static const uint32_t cpcre2_extra_match_line = PCRE2_EXTRA_MATCH_LINE;
static const uint32_t cpcre2_jit_complete = PCRE2_JIT_COMPLETE;
static const int cpcre2_error_nomatch = PCRE2_ERROR_NOMATCH;
static const int cpcre2_error_jit_stacklimit = PCRE2_ERROR_JIT_STACKLIMIT;
#endif
