#include "sotto/crypto/Logging.h"

Q_LOGGING_CATEGORY(lcCrypto, "sotto.crypto")
