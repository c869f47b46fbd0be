// HTMLFormat: see Formats/HTML/README.md (written with the format).
import CLibXML2
