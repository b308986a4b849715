#ifndef CJQ_SHIM_H
#define CJQ_SHIM_H
#include <jq.h>
#include <jv.h>
#endif
