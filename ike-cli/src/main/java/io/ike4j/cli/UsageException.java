package io.ike4j.cli;

/** Bad command-line arguments: reported with the command's synopsis, exit status 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message, null, false, false);
    }
}
