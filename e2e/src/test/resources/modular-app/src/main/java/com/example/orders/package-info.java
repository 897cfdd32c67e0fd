@ErrorCatalog("pingback")
@ErrorCatalog("transformify")
package com.example.orders;

import dev.errorcatalog.ErrorCatalog;
