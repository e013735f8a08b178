package io.comptoir.engine.core.mail;

import io.comptoir.engine.api.mail.Mail;
import io.comptoir.engine.api.mail.MailDeliveryException;
import io.comptoir.engine.api.mail.MailTransport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A transport for the relay's tests: fails while told to, and records what it accepted. */
final class ScriptedTransport implements MailTransport {
    final List<Mail> accepted = new CopyOnWriteArrayList<>();
    volatile int attempts;
    volatile boolean failing;
    volatile boolean permanent;

    @Override
    public synchronized void deliver(Mail mail) throws MailDeliveryException {
        attempts++;
        if (failing) {
            throw new MailDeliveryException("451 4.3.0 try again later", permanent, null);
        }
        accepted.add(mail);
    }

    @Override
    public String description() {
        return "scripted transport";
    }
}
