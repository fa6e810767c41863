declare namespace App {
  interface Locals {
    /** The labs an embed page declares (lab id -> preset); chapters declare theirs in their frontmatter. */
    labs?: Record<string, string>;
  }
}
