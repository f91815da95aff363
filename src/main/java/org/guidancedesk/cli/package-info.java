/** The headless commands of the runnable jar, and the launch of the window. */
package org.guidancedesk.cli;
