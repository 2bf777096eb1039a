/** URLs of the knowledge cards, in one place so pages, search and worksheets agree. */
export const staalkaartUrl = (id: string) => `/kennis/staalkaarten/${id}/`;
export const koerskaartUrl = (id: string) => `/kennis/koerskaarten/${id}/`;
export const sturingskaartUrl = (id: string) => `/sturing/kaarten/${id}/`;
export const informatieUrl = (id: string) => `/informatie/${id}/`;
