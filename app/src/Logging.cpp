#include "sotto/app/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "sotto.app")
