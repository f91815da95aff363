/** Where the program keeps its files on each operating system. Uses only the JDK. */
package org.guidancedesk.platform;
