package io.comptoir.mail.smtp;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** Reads an arrived message as a mail client does: its text and HTML alternatives, each checked to be UTF-8. */
final class Received {
    private Received() {
    }

    /** The two parts of a {@code multipart/alternative} message, text first as RFC 2046 wants the least rich first. */
    record Alternatives(String text, String html) {
    }

    static Alternatives alternatives(MimeMessage message) throws MessagingException, IOException {
        assertThat(message.getContentType()).startsWithIgnoringCase("multipart/alternative");
        MimeMultipart parts = (MimeMultipart) message.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        return new Alternatives(part(parts.getBodyPart(0), "text/plain"), part(parts.getBodyPart(1), "text/html"));
    }

    private static String part(BodyPart part, String type) throws MessagingException, IOException {
        assertThat(part.getContentType()).startsWithIgnoringCase(type).containsIgnoringCase("charset=UTF-8");
        assertThat(part.getHeader("Content-Transfer-Encoding")).as("7-bit safe for any relay")
                .singleElement().satisfies(encoding -> assertThat(encoding).isIn("quoted-printable", "base64", "7bit"));
        return ((String) part.getContent()).replace("\r\n", "\n");
    }
}
