/** Spring MVC: the controller advice that answers with catalog entries. */
package dev.errorcatalog.spring.mvc;
