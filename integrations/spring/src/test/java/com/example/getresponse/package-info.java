/** The generated types of the getresponse catalog, in a package of their own as a project would have them. */
@ErrorCatalog("getresponse")
package com.example.getresponse;

import dev.errorcatalog.ErrorCatalog;
