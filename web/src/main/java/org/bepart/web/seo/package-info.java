/** What search engines read: the sitemap with every public page in every language. */
package org.bepart.web.seo;
