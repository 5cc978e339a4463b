#include "log.h"

Q_LOGGING_CATEGORY(lcStore, "rollbook.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSeed, "rollbook.seed", QtWarningMsg)
Q_LOGGING_CATEGORY(lcQuery, "rollbook.query", QtWarningMsg)
