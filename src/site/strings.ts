/** The words of the site's own frame pages (server-rendered only, so they ship in no script). */
export const NOT_FOUND_TEXT = {
  title: 'Page not found',
  tagline: 'There is no page at this address.',
  before: 'The ',
  startPage: 'start page',
  after: ' lists every chapter, and the search box above finds any page by its words.',
};
