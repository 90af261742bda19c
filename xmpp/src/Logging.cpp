#include "sotto/xmpp/Logging.h"

Q_LOGGING_CATEGORY(lcXmpp, "sotto.xmpp")
