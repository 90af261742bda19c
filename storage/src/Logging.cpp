#include "sotto/storage/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "sotto.storage")
