type Reload = () => Promise<void>;

const reloaders = new Set<Reload>();

/** Lets the holder of the campaign list hear of changes made elsewhere (archive, delete, undo). */
export function onLibraryChanged(reload: Reload): () => void {
  reloaders.add(reload);
  return () => {
    reloaders.delete(reload);
  };
}

/** Says the library changed; resolves once every list has been read again. */
export async function libraryChanged(): Promise<void> {
  await Promise.all([...reloaders].map((reload) => reload()));
}
