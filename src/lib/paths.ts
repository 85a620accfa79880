/** The address of each kind of page, in one place so links and routes agree. */

export const paths = {
  campaign: (id: string) => `/campaigns/${id}/`,
  toolkit: (id: string) => `/campaigns/${id}/toolkit/`,
  service: (id: string) => `/services/${id}/`,
  district: (slug: string) => `/districts/${slug}/`,
  /** A group of the services directory ("report" or a topic) too long to show whole there. */
  serviceGroup: (id: string) => `/services/groups/${id}/`,
  /** One section of a topic's page (its news, say) too long to show whole there. */
  topicSection: (topic: string, section: string) => `/topics/${topic}/${section}/`,
  /** Every Norfolk service that covers a district, when its page lists only the first few. */
  districtServices: (slug: string) => `/districts/${slug}/services/`,
  situation: (id: string) => `/get-help/${id}/`,
  topic: (slug: string) => `/topics/${slug}/`,
  resource: (id: string) => `/schools/resources/${id}/`,
  briefing: (id: string) => `/professionals/briefings/${id}/`,
  news: (id: string) => `/news/${id}/`,
  page: (id: string) => `/${id}/`,
  easyRead: (situationId: string) => `/get-help/${situationId}/easy-read/`,
  /** A language's page of help, e.g. /pl/. */
  translation: (language: string) => `/${language}/`,
  helpInYourLanguage: () => '/help-in-your-language/',
  placeFinder: () => '/districts/#find-your-district',
  openData: () => '/open-data/',
  partners: () => '/partners/',
  calendar: () => '/campaigns/calendar/',
  calendarFeed: () => '/campaigns/calendar.ics',
  classroomFile: (resourceId: string, file: string) => `/schools/resources/${resourceId}/${file}.pdf`,
  campaignKit: (campaignId: string) => `/campaigns/${campaignId}/kit.zip`,
} as const;
