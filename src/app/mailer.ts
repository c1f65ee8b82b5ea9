// Sending e-mail: an interface the use cases call, and its SMTP implementation through nodemailer,
// configured by one URL (PRESSER_SMTP_URL or `presser serve --smtp`), e.g.
// smtps://user:pass@mail.example.org:465 or smtp://localhost:25.
import type { Transporter } from 'nodemailer';

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** Resolves once the SMTP server accepted the message; rejects with its reason otherwise. */
  send(message: MailMessage): Promise<void>;
}

export const DEFAULT_MAIL_FROM = 'presser <presser@localhost>';

/** A mailer over SMTP; `from` is the sender every message carries (PRESSER_MAIL_FROM). */
export async function smtpMailer(url: string, from: string = DEFAULT_MAIL_FROM): Promise<Mailer> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`the SMTP setting "${url}" is not a URL such as smtp://user:password@mail.example.org:587`);
  }
  if (parsed.protocol !== 'smtp:' && parsed.protocol !== 'smtps:')
    throw new Error(`the SMTP setting must start with smtp:// or smtps://, not ${parsed.protocol}//`);
  const { createTransport } = await import('nodemailer');
  const transport: Transporter = createTransport(url, { from });
  return {
    async send(message) {
      await transport.sendMail({ to: message.to, subject: message.subject, text: message.text, attachments: message.attachments });
    },
  };
}
