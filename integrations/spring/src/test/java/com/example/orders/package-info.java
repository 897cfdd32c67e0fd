/** The generated types of the acme-orders catalog, in a package of their own as a project would have them. */
@ErrorCatalog("acme-orders")
package com.example.orders;

import dev.errorcatalog.ErrorCatalog;
