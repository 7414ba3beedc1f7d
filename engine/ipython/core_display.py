"""IPython.display: rich output objects and display().

Each object offers its data through _repr_<format>_ methods; the kernel
turns an object into a MIME bundle the same way for display() and for a
cell's result, then publishes it.
"""
from _bytepy_kernel import publish_display, clear_output as _clear_output, new_display_id


def display(*objs, include=None, exclude=None, metadata=None, transient=None,
            display_id=None, raw=False, clear=False, **kwargs):
    if display_id is True:
        display_id = new_display_id()
    if clear:
        clear_output(wait=True)
    for obj in objs:
        publish_display(obj, raw, metadata, display_id, False)
    if display_id:
        return DisplayHandle(display_id)
    return None


def update_display(obj, *, display_id, **kwargs):
    publish_display(obj, kwargs.get('raw', False), kwargs.get('metadata'), display_id, True)


def clear_output(wait=False):
    _clear_output(wait)


class DisplayHandle(object):
    def __init__(self, display_id=None):
        if display_id is None:
            display_id = new_display_id()
        self.display_id = display_id

    def __repr__(self):
        return "<%s display_id=%s>" % (self.__class__.__name__, self.display_id)

    def display(self, obj, **kwargs):
        display(obj, display_id=self.display_id, **kwargs)

    def update(self, obj, **kwargs):
        update_display(obj, display_id=self.display_id, **kwargs)


class DisplayObject(object):
    metadata = None

    def __init__(self, data=None, url=None, filename=None, metadata=None):
        self.data = data
        self.url = url
        self.filename = filename
        if metadata is not None:
            self.metadata = metadata
        if self.data is None and self.filename is not None:
            with open(self.filename) as f:
                self.data = f.read()

    def __repr__(self):
        return '<%s.%s object>' % (self.__class__.__module__, self.__class__.__name__)

    def _data_and_metadata(self):
        if self.metadata:
            return self.data, self.metadata
        return self.data


class TextDisplayObject(DisplayObject):
    pass


class Pretty(TextDisplayObject):
    def __repr__(self):
        return self.data


class HTML(TextDisplayObject):
    def _repr_html_(self):
        return self._data_and_metadata()

    def __html__(self):
        return self._repr_html_()


class Markdown(TextDisplayObject):
    def _repr_markdown_(self):
        return self._data_and_metadata()


class Math(TextDisplayObject):
    def _repr_latex_(self):
        s = r"$\displaystyle %s$" % self.data.strip('$')
        if self.metadata:
            return s, self.metadata
        return s


class Latex(TextDisplayObject):
    def _repr_latex_(self):
        return self._data_and_metadata()


class SVG(DisplayObject):
    def _repr_svg_(self):
        return self._data_and_metadata()


class Javascript(TextDisplayObject):
    def _repr_javascript_(self):
        return self._data_and_metadata()


class JSON(DisplayObject):
    def __init__(self, data=None, url=None, filename=None, expanded=False, metadata=None, root='root', **kwargs):
        md = {'expanded': expanded, 'root': root}
        if metadata:
            md.update(metadata)
        super().__init__(data=data, url=url, filename=filename, metadata=md)

    def _repr_json_(self):
        return self._data_and_metadata()


class Code(TextDisplayObject):
    def __init__(self, data=None, url=None, filename=None, language=None):
        self.language = language
        super().__init__(data=data, url=url, filename=filename)

    def __repr__(self):
        return self.data

    def _repr_html_(self):
        text = self.data.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
        return '<pre>' + text + '</pre>'

    def _repr_latex_(self):
        return '\\begin{verbatim}\n' + self.data + '\n\\end{verbatim}'
