/** Who wrote something: the bijdrage id and the name or pseudonym. */
export interface Author {
  id: string;
  naam: string;
}
