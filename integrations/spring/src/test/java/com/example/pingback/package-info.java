/** The generated types of the pingback catalog, in a package of their own as a project would have them. */
@ErrorCatalog("pingback")
package com.example.pingback;

import dev.errorcatalog.ErrorCatalog;
