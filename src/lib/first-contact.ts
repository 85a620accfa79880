/**
 * The quickest way to reach a service, for the big buttons under a Get help title and beside an
 * Easy Read point: its first number, else the form that acts, else its website, else its email.
 */
import { phoneAction, type PhoneKind } from './phone';

export interface ContactFields {
  title: string;
  phones: readonly { href: string; kind: PhoneKind; display: string; label?: string | undefined }[];
  onlineForm?: { url: string; label: string } | undefined;
  website?: string | undefined;
  email?: string | undefined;
}

export interface FirstContact {
  href: string;
  /** What the button says, e.g. "Call 0808 2000 247". */
  action: string;
  /** Who answers: the service, and the line's label when it is one of several ("Out-of-hours line"). */
  name: string;
}

export function firstContact(service: ContactFields): FirstContact | undefined {
  const [phone] = service.phones;
  if (phone) {
    return { href: phone.href, action: phoneAction(phone.kind, phone.display), name: phone.label ? `${service.title}, ${phone.label}` : service.title };
  }
  const name = service.title;
  if (service.onlineForm) return { href: service.onlineForm.url, action: service.onlineForm.label, name };
  if (service.website) return { href: service.website, action: 'Go to their website', name };
  if (service.email) return { href: `mailto:${service.email}`, action: `Email ${service.email}`, name };
  return undefined;
}
