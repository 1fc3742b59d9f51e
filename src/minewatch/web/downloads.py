"""Files to take away: the data package, the field layers, the XLSForms for field teams.

/downloads                the datasets and field layers, with formats and sizes (and .json)
/downloads/field/{layer}.{format}
                          a field layer (hazards, activities) as GeoJSON, GeoPackage, CSV or
                          XLSX: the public rule (``services.field_export``) for anonymous
                          callers and roles below analyst, exact for an analyst or above (a
                          session or API token), as ``/api/v1/layers/{layer}``
/forms                    the forms, with their titles, versions and layers (and .json)
/forms/{name}.xlsx        one form as an XLSForm workbook, for ODK Central or KoboToolbox
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, Request
from starlette.background import BackgroundTask
from starlette.responses import FileResponse, Response

from minewatch.app import App
from minewatch.domain.errors import NotFound
from minewatch.services import accounts, forms
from minewatch.services.field_export import (
    DOWNLOADABLE,
    FORMATS,
    MEDIA_TYPES,
    downloadable_layers,
    export_layer,
)
from minewatch.web import datapackage
from minewatch.web.deps import get_app, json_response
from minewatch.web.layers import caller, sees_all
from minewatch.web.pages import PageRoute
from minewatch.web.paging import Page, page_params, paged
from minewatch.web.templating import render

router = APIRouter(include_in_schema=False, route_class=PageRoute)


@router.get("/downloads")
@router.get("/downloads.json")
def downloads_page(request: Request, page: Page = Depends(page_params)) -> Response:
    app = get_app(request)
    listing = datapackage.listing(app)
    with app.engine.connect() as connection:
        listing["field_layers"] = downloadable_layers(connection)
    return render(request, "downloads.html", paged(listing, "datasets", page))


@router.get("/downloads/datapackage.json")
def data_package(request: Request) -> Response:
    return json_response(datapackage.package(get_app(request)))


@router.get("/downloads/minewatch-data.zip")
def data_zip(request: Request) -> Response:
    headers = {"Content-Disposition": 'attachment; filename="minewatch-data.zip"'}
    return Response(
        datapackage.zipped(get_app(request)), media_type="application/zip", headers=headers
    )


@router.get("/downloads/field/{layer}.{fmt}")
def field_layer_file(
    layer: str,
    fmt: str,
    who: accounts.Principal | None = Depends(caller),
    app: App = Depends(get_app),
) -> Response:
    """One field layer as a file (before ``/downloads/{path}.csv``, which would take
    ``field/hazards.csv``). Anonymous callers and roles below analyst get the public rule
    (precise locations only of records marked public, the others their admin area's polygon or
    none, place names and free attributes withheld); an analyst or above, the exact layer. The
    file name says which (``-public``), and the answer is never kept by a shared cache."""
    if layer not in DOWNLOADABLE or fmt not in FORMATS:
        raise NotFound(
            f"no field download {layer}.{fmt} (layers {', '.join(DOWNLOADABLE)}; "
            f"formats {', '.join(FORMATS)})"
        )
    public = not sees_all(who)
    folder = Path(tempfile.mkdtemp(prefix="minewatch-download-"))
    try:
        path = folder / f"{layer}.{fmt}"
        with app.engine.connect() as connection:
            export_layer(connection, layer, fmt, path, public=public)
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    name = f"minewatch-{layer}{'-public' if public else ''}.{fmt}"
    headers = {
        "Cache-Control": "no-cache" if who is None else "private, no-cache",
        "Vary": "Authorization, Cookie",
    }
    return FileResponse(
        path,
        media_type=MEDIA_TYPES[fmt],
        filename=name,
        headers=headers,
        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True),
    )


@router.get("/downloads/{path:path}.csv")
def data_file(request: Request, path: str) -> Response:
    content = datapackage.table_file(get_app(request), f"{path}.csv")
    name = path.rsplit("/", 1)[-1]
    headers = {"Content-Disposition": f'attachment; filename="{name}.csv"'}
    return Response(content, media_type="text/csv; charset=utf-8", headers=headers)


@router.get("/forms")
@router.get("/forms.json")
def forms_page(request: Request) -> Response:
    return render(request, "forms.html", forms.list_forms())


@router.get("/forms/{name}.xlsx")
def form_file(name: str) -> Response:
    form = forms.form_named(name)
    disposition = f'attachment; filename="{forms.file_name(form)}"'
    return Response(
        forms.shipped(form),
        media_type=forms.XLSX_TYPE,
        headers={"Content-Disposition": disposition},
    )
