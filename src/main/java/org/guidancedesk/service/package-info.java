/**
 * Use cases, synchronous and transactional, given a {@link java.time.Clock}: what the window
 * and the command line ask of the file. Uses {@code domain} and {@code store}.
 */
package org.guidancedesk.service;
