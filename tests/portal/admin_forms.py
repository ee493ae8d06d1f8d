"""The data an admin form posts, as a browser would send it: the fields rendered in the page,
and the StreamField keys that Wagtail's JavaScript adds (`body-count`, `body-0-type`, ...)."""

from html.parser import HTMLParser

from wagtail import blocks
from wagtail.fields import StreamField


class _FormFields(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.depth = 0  # > 0 inside the form
        self.fields = []
        self._textarea = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (self.depth or attrs.get("id") == self.form_id):
            self.depth += 1
        elif not self.depth:
            return
        elif tag == "option" and self._select is not None and "selected" in attrs:
            self.fields.append((self._select, attrs.get("value", "")))
        elif "name" not in attrs:
            return
        elif tag == "input":
            kind = attrs.get("type", "text")
            checked = kind not in ("checkbox", "radio") or "checked" in attrs
            if kind not in ("submit", "button", "file", "image") and checked:
                self.fields.append(
                    (attrs["name"], attrs.get("value", "on" if kind == "checkbox" else ""))
                )
        elif tag == "textarea":
            self._textarea = [attrs["name"], ""]
        elif tag == "select":
            self._select = attrs["name"]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form" and self.depth:
            self.depth -= 1
        elif tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select":
            self._select = None


def form_fields(html, form_id):
    """{name: [values]} of the form with this id."""
    parser = _FormFields(form_id)
    parser.feed(html)
    data = {}
    for name, value in parser.fields:
        data.setdefault(name, []).append(value)
    return data


def _block_data(block, state, prefix, data):
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data[f"{prefix}-count"] = [str(len(state))]
        for i, item in enumerate(state):
            data[f"{prefix}-{i}-deleted"] = [""]
            data[f"{prefix}-{i}-order"] = [str(i)]
            data[f"{prefix}-{i}-id"] = [item.get("id") or ""]
            if isinstance(block, blocks.StreamBlock):
                data[f"{prefix}-{i}-type"] = [item["type"]]
                child = block.child_blocks[item["type"]]
            else:
                child = block.child_block
            _block_data(child, item["value"], f"{prefix}-{i}-value", data)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            _block_data(child, state.get(name), f"{prefix}-{name}", data)
    elif isinstance(block, blocks.ChooserBlock):
        data[prefix] = [str(state["id"]) if isinstance(state, dict) else (state or "")]
    elif isinstance(state, list):
        data[prefix] = [str(value) for value in state]
    else:
        data[prefix] = ["" if state is None else str(state)]


def streamfield_data(instance):
    """The posted keys of every StreamField of the instance, from its current value."""
    data = {}
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            block = field.stream_block
            _block_data(
                block, block.get_form_state(getattr(instance, field.name)), field.name, data
            )
    return data
